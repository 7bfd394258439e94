/**
 * Fired on window when the store cannot open. Apart from the store's module so the
 * shell can listen for it without loading the store with the first screen.
 */
export const STORE_ERROR_EVENT = 'crick:store-error';
