export * from './idNumber.ts';
export * from './phone.ts';
export * from './pinyin.ts';
export * from './mask.ts';
export * from './supervision/index.ts';
