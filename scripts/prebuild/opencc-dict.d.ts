// OpenCC's dictionary modules export one string of 'from to|from to' pairs.
declare module 'opencc-js/dict/*' {
  const dict: string;
  export default dict;
}
