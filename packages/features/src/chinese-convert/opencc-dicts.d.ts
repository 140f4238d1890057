// opencc-js ships types for its core but not for its dictionary modules: each is a list of
// dictionary groups for ConverterFactory.
declare module 'opencc-js/from/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
declare module 'opencc-js/to/*' {
  import type { DictGroup } from 'opencc-js/core';
  const groups: readonly DictGroup[];
  export default groups;
}
