/** Shows every such character as `\uXXXX`, so text from outside stays on one inert line. */
export declare function escapeControlCharacters(text: string, options?: {
    keepTabs?: boolean;
}): string;
