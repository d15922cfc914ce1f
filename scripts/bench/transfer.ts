/**
 * What a first visit downloads: Chromium (through Playwright) opens the page
 * with an empty cache on a phone-sized screen, as Lighthouse's mobile run
 * does, and records every response until the network is idle, including the
 * page chunks VitePress prefetches for visible links. Each body is then
 * compressed with node:zlib, so the figures do not depend on the server.
 * Sizes are bodies only; HTTP headers are not counted.
 */
import type { Browser } from '@playwright/test'
import {
  classifyResource,
  compressedSizes,
  sumByKind,
  type CompressedSizes,
  type ResourceKind,
  type SizesByKind
} from '../lib/resource-kind'

export interface TransferredResource {
  url: string
  kind: ResourceKind
  status: number
  sizes: CompressedSizes
}

export interface FirstLoad {
  requests: number
  resources: TransferredResource[]
  byKind: SizesByKind
}

export async function measureFirstLoad(
  browser: Browser,
  url: string
): Promise<FirstLoad> {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true
  })
  const page = await context.newPage()
  const pending: Promise<TransferredResource | undefined>[] = []
  let requests = 0
  page.on('request', (request) => {
    if (!request.url().startsWith('data:')) requests++
  })
  page.on('response', (response) => {
    const responseUrl = response.url()
    if (responseUrl.startsWith('data:')) return
    pending.push(
      (async () => {
        // Redirects and aborted requests have no body.
        const body = await response.body().catch(() => undefined)
        if (!body) return undefined
        const kind = classifyResource({
          url: responseUrl,
          contentType: response.headers()['content-type'],
          resourceType: response.request().resourceType()
        })
        return {
          url: responseUrl,
          kind,
          status: response.status(),
          sizes: compressedSizes(body, kind)
        }
      })()
    )
  })
  try {
    await page.goto(url, { waitUntil: 'load' })
    await page.waitForLoadState('networkidle')
    const resources = (await Promise.all(pending)).filter(
      (resource): resource is TransferredResource => resource !== undefined
    )
    return { requests, resources, byKind: sumByKind(resources) }
  } finally {
    await context.close()
  }
}
