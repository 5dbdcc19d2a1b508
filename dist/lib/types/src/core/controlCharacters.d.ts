/** Whether text from outside holds any such character. */
export declare function hasControlCharacters(text: string): boolean;
/** Each run of such characters as one space, so a message stays on one line. */
export declare function collapseControlCharacters(text: string): string;
/** Shows every such character as `\uXXXX`, so text from outside stays on one inert line. */
export declare function escapeControlCharacters(text: string, options?: {
    keepTabs?: boolean;
}): string;
