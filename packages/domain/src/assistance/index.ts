export * from './assistanceApplication.ts';
