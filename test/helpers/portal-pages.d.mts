export declare const PORTAL_PAGES: readonly { name: string; path: string }[];
