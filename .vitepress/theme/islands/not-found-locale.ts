/**
 * The 404 page (NotFoundPage.vue) in the address's language: the other
 * locale's `<template>` whose home path (the longest) the address starts
 * with, for the page's content and its footer's message.
 */
/** Shows the copy of the 404 page in the address's language, if any. */
export function showNotFoundLocale(): void {
  const main = document.querySelector('main.NotFoundPage')
  const locale = [
    ...document.querySelectorAll<HTMLTemplateElement>(
      'template[data-locale-link]'
    )
  ]
    .filter(({ dataset }) =>
      location.pathname.startsWith(dataset.localeLink ?? '')
    )
    .sort(
      (a, b) =>
        (b.dataset.localeLink ?? '').length -
        (a.dataset.localeLink ?? '').length
    )[0]
  if (!main || !locale) return
  const content = locale.content.cloneNode(true) as DocumentFragment
  const footer = document.querySelector<HTMLElement>('.VPFooter')
  const message = content.querySelector('[data-footer-message]')
  message?.remove()
  if (footer && message) {
    footer.querySelector('.message')?.replaceChildren(...message.childNodes)
    footer.lang = locale.dataset.lang ?? footer.lang
    footer.dir = locale.dataset.dir ?? footer.dir
  }
  // The copy's title is a <p>, so that the served page has one <h1>.
  const title = content.querySelector('p.title')
  if (title) {
    const heading = document.createElement('h1')
    for (const { name, value } of title.attributes)
      heading.setAttribute(name, value)
    heading.append(...title.childNodes)
    title.replaceWith(heading)
  }
  main.replaceChildren(content)
  if (locale.dataset.lang) main.setAttribute('lang', locale.dataset.lang)
  if (locale.dataset.dir) main.setAttribute('dir', locale.dataset.dir)
}
