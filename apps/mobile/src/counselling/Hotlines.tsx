import { HOTLINES } from '@taobo/contracts';

/** Where to call at once when it is too much: shown with results and on the module page. */
export function Hotlines() {
  return (
    <div className="cs-hotline" role="note">
      如果感到难以承受，请立即拨打：
      {HOTLINES.map((h) => (
        <div key={h.number}>
          {h.name}{' '}
          <a href={`tel:${h.number.replaceAll('-', '')}`} aria-label={`拨打${h.name} ${h.number}`}>
            {h.number}
          </a>
        </div>
      ))}
    </div>
  );
}
