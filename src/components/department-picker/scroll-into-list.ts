// Scrolls a list (the offsetParent of its items: position: relative) just enough to show an item,
// and the heading of its group when the item is the group's first option, so moving up into a
// group shows its name. Unlike scrollIntoView it never scrolls the page around the list.
export function scrollIntoList(list: HTMLElement, item: HTMLElement): void {
  const heading = item.previousElementSibling;
  const top = heading?.getAttribute('role') === 'presentation' ? (heading as HTMLElement).offsetTop : item.offsetTop;
  const bottom = item.offsetTop + item.offsetHeight;
  if (top < list.scrollTop) list.scrollTop = top;
  else if (bottom > list.scrollTop + list.clientHeight) list.scrollTop = bottom - list.clientHeight;
}
