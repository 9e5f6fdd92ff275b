// What kind of node a node is, as type guards: the page layer never compares nodeType numbers
// or casts by hand.

/** @return true for a text node (nodeType 3) */
export const isText = (node: Node | null | undefined): node is Text => node?.nodeType === 3;

/** @return true for an element (nodeType 1) */
export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === 1;

/** @return true for a node whose children are read: an element, a document or a document fragment (shadow roots too) */
export const hasChildrenToRead = (node: Node): node is Element | Document | DocumentFragment =>
  node.nodeType === 1 || node.nodeType === 9 || node.nodeType === 11;
