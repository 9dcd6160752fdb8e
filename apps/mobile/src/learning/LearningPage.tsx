import { NavBar } from 'antd-mobile';

// Placeholder until the module's owner builds the page.
export default function Page() {
  return <NavBar back={null}>在线学习</NavBar>;
}
