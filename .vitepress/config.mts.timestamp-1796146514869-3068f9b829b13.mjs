// .vitepress/config.mts
import { readFileSync as readFileSync9 } from "node:fs";
import { createRequire as createRequire2 } from "node:module";
import { dirname as dirname5, join as join10 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";
import { defineConfigWithTheme } from "file:///work/main/node_modules/vitepress/dist/node/index.js";

// .vitepress/build/security-headers.ts
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join as join2 } from "node:path";

// .vitepress/build/files.ts
import { readdirSync } from "node:fs";
import { join, relative, sep } from "node:path";
function listFiles(root) {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map(
    (entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join("/")
  );
  return files.sort();
}

// .vitepress/build/headers-file.ts
function formatHeadersFile(rules2) {
  return rules2.map(
    ({ pattern, headers }) => `${pattern}
${headers.map(([name, value]) => `  ${name}: ${value}`).join("\n")}
`
  ).join("\n");
}
function parseHeadersFile(text2) {
  const rules2 = [];
  text2.split(/\r?\n/).forEach((line2, index) => {
    if (line2.trim() === "" || line2.trim().startsWith("#")) return;
    if (!/^\s/.test(line2)) {
      rules2.push({ pattern: line2.trim(), headers: [] });
      return;
    }
    const rule = rules2.at(-1);
    const separator = line2.indexOf(":");
    if (!rule || separator === -1) {
      throw new Error(
        `_headers:${index + 1}: expected "Name: value" under a path, got "${line2.trim()}"`
      );
    }
    rule.headers.push([
      line2.slice(0, separator).trim(),
      line2.slice(separator + 1).trim()
    ]);
  });
  return rules2;
}

// .vitepress/build/html-document.ts
import { parse } from "file:///work/main/node_modules/parse5/dist/index.js";
var urlAttributes = {
  a: ["href"],
  area: ["href"],
  link: ["href"],
  script: ["src"],
  img: ["src", "srcset"],
  source: ["src", "srcset"],
  video: ["src", "poster"],
  audio: ["src"],
  track: ["src"],
  iframe: ["src"],
  embed: ["src"],
  object: ["data"],
  form: ["action"]
};
function attribute(element2, name) {
  return element2.attrs.find((attr) => attr.name === name && !attr.prefix)?.value;
}
function children(node) {
  if (node.nodeName === "template") {
    return node.content.childNodes;
  }
  return "childNodes" in node ? node.childNodes : [];
}
function textOf(node) {
  if (node.nodeName === "#text") {
    return node.value;
  }
  return children(node).map(textOf).join("");
}
function srcsetUrls(srcset) {
  return srcset.split(",").map((candidate) => candidate.trim().split(/\s+/)[0] ?? "").filter((url) => url !== "");
}
function refreshUrl(content) {
  const match = /^\s*\d*(?:\.\d*)?\s*[;,]?\s*(?:url\s*=\s*)?(["']?)(.*?)\1\s*$/i.exec(
    content
  );
  const url = match?.[2]?.trim();
  return url ? url : void 0;
}
function line(element2) {
  return element2.sourceCodeLocation?.startLine ?? 0;
}
function labelOf(element2) {
  const text2 = textOf(element2).replace(/\s+/g, " ").trim();
  const label = text2 || attribute(element2, "aria-label") || attribute(element2, "title");
  return label ? label.slice(0, 60) : "";
}
function readHtmlDocument(html) {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const result = {
    ids: /* @__PURE__ */ new Set(),
    references: [],
    inlineScripts: [],
    inlineStyles: [],
    hasStyleAttributes: false
  };
  const stack = [document];
  const elements = [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ("tagName" in node) elements.push(node);
    stack.push(...children(node).slice().reverse());
  }
  for (const element2 of elements) {
    const tag = element2.tagName;
    const id = attribute(element2, "id");
    if (id) result.ids.add(id);
    const name = attribute(element2, "name");
    if (tag === "a" && name) result.ids.add(name);
    if (attribute(element2, "style") !== void 0) {
      result.hasStyleAttributes = true;
    }
    if (tag === "script" && attribute(element2, "src") === void 0) {
      result.inlineScripts.push(textOf(element2));
    }
    if (tag === "style") result.inlineStyles.push(textOf(element2));
    if (tag === "base" && result.baseHref === void 0) {
      result.baseHref = attribute(element2, "href");
    }
    for (const name2 of urlAttributes[tag] ?? []) {
      const value = attribute(element2, name2);
      if (value === void 0) continue;
      const urls = name2 === "srcset" ? srcsetUrls(value) : [value];
      for (const url of urls) {
        result.references.push({
          url,
          source: `<${tag} ${name2}>`,
          text: tag === "a" || tag === "area" ? labelOf(element2) : "",
          line: line(element2)
        });
      }
    }
    if (tag === "meta" && attribute(element2, "http-equiv")?.toLowerCase() === "refresh") {
      const url = refreshUrl(attribute(element2, "content") ?? "");
      if (url) {
        result.references.push({
          url,
          source: '<meta http-equiv="refresh">',
          text: "",
          line: line(element2)
        });
      }
    }
  }
  return result;
}

// .vitepress/build/security-headers.ts
function sha256Source(text2) {
  return `'sha256-${createHash("sha256").update(text2, "utf8").digest("base64")}'`;
}
function scriptInsertedStyles(javascript) {
  const literal = /(["'`])(\*,\*::before,\*::after\{[^"'`\\]*\})\1/g;
  return [...javascript.matchAll(literal)].map((match) => match[2] ?? "");
}
function collectInlineCode(outDir) {
  const scripts = /* @__PURE__ */ new Set();
  const styles = /* @__PURE__ */ new Set();
  for (const file of listFiles(outDir)) {
    if (file.endsWith(".html")) {
      const document = readHtmlDocument(
        readFileSync(join2(outDir, file), "utf8")
      );
      document.inlineScripts.forEach((script) => scripts.add(script));
      document.inlineStyles.forEach((style) => styles.add(style));
    } else if (file.endsWith(".js")) {
      scriptInsertedStyles(readFileSync(join2(outDir, file), "utf8")).forEach(
        (style) => styles.add(style)
      );
    }
  }
  return { scripts: [...scripts].sort(), styles: [...styles].sort() };
}
function contentSecurityPolicy(inline) {
  const hashes = (texts) => [...new Set(texts.map(sha256Source))].sort();
  const directives = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...hashes(inline.scripts)],
    ["style-src", "'self'", ...hashes(inline.styles)],
    ["style-src-attr", "'unsafe-inline'"],
    // VitePress's icons are data: SVGs in CSS.
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"]
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}
function securityHeaders(inline) {
  return [
    ["Content-Security-Policy", contentSecurityPolicy(inline)],
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    [
      "Permissions-Policy",
      "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()"
    ],
    // For browsers older than CSP's frame-ancestors.
    ["X-Frame-Options", "DENY"]
  ];
}
var maxHeaderLineLength = 2e3;
function writeSecurityHeaders(outDir) {
  const path = join2(outDir, "_headers");
  const existing = existsSync(path) ? readFileSync(path, "utf8") : "";
  const headers = securityHeaders(collectInlineCode(outDir));
  const ours = new Set(headers.map(([name]) => name.toLowerCase()));
  for (const rule of parseHeadersFile(existing)) {
    for (const [name] of rule.headers) {
      if (ours.has(name.toLowerCase())) {
        throw new Error(
          `public/_headers sets ${name} for ${rule.pattern}, which the build writes itself (.vitepress/build/security-headers.ts); remove it there.`
        );
      }
    }
  }
  const rules2 = [{ pattern: "/*", headers }];
  const text2 = `${existing.trimEnd()}${existing.trim() ? "\n\n" : ""}${formatHeadersFile(rules2)}`;
  const longLine = text2.split("\n").find((line2) => line2.length > maxHeaderLineLength);
  if (longLine) {
    throw new Error(
      `_headers has a line of ${longLine.length} characters, over the ${maxHeaderLineLength} that Cloudflare Pages reads: "${longLine.slice(0, 80)}\u2026"`
    );
  }
  writeFileSync(path, text2);
  return path;
}

// .vitepress/community/types.ts
var resourceKinds = [
  "docs",
  "issues",
  "archive",
  "qa",
  "chat",
  "repository"
];
var resourceGroups = ["before-you-ask", "talk-to-us"];

// .vitepress/community/validate.ts
var CommunityConfigError = class extends Error {
  constructor(problems, source) {
    super(
      `${source} has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:
` + problems.map((problem) => `  - ${problem}`).join("\n")
    );
    this.problems = problems;
    this.name = "CommunityConfigError";
  }
};
var kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
var emailAddress = /^[^\s@<>()"]+@[^\s@<>()"]+\.[^\s@<>()"]+$/;
var Checker = class {
  problems = [];
  fail(field, message) {
    this.problems.push(`${field}: ${message}`);
  }
  text(field, value) {
    if (typeof value !== "string" || value.trim() === "") {
      this.fail(
        field,
        value === void 0 ? "is missing" : "must be a non-empty string"
      );
      return false;
    }
    return true;
  }
  httpsUrl(field, value) {
    if (!this.text(field, value)) return;
    let url;
    try {
      url = new URL(value);
    } catch {
      this.fail(field, `is not a valid URL: "${value}"`);
      return;
    }
    if (url.protocol !== "https:")
      this.fail(field, `must use https: "${value}"`);
  }
  oneOf(field, value, allowed) {
    if (!this.text(field, value)) return;
    if (!allowed.includes(value)) {
      this.fail(field, `"${value}" is not one of ${allowed.join(", ")}`);
    }
  }
  timeZone(field, value) {
    if (!this.text(field, value)) return;
    try {
      new Intl.DateTimeFormat("en", { timeZone: value });
    } catch {
      this.fail(
        field,
        `"${value}" is not a known IANA time zone, such as "Europe/Berlin"`
      );
    }
  }
  list(field, value) {
    if (!Array.isArray(value)) {
      this.fail(field, value === void 0 ? "is missing" : "must be a list");
      return false;
    }
    return true;
  }
};
function entryName(list, index, entry) {
  const label = typeof entry.title === "string" ? entry.title : entry.name;
  return typeof label === "string" && label.trim() !== "" ? `${list}[${index}] ("${label}")` : `${list}[${index}]`;
}
function checkContact(check, contact, index) {
  const field = entryName("contacts", index, contact);
  check.text(`${field}.name`, contact.name);
  check.httpsUrl(`${field}.profileUrl`, contact.profileUrl);
  check.text(`${field}.role`, contact.role);
  if (contact.timeZone !== void 0)
    check.timeZone(`${field}.timeZone`, contact.timeZone);
  if (contact.languages !== void 0 && check.list(`${field}.languages`, contact.languages)) {
    contact.languages.forEach(
      (language, i) => check.text(`${field}.languages[${i}]`, language)
    );
  }
}
function checkResource(check, resource, index, seen) {
  const field = entryName("resources", index, resource);
  if (check.text(`${field}.id`, resource.id)) {
    if (!kebabCase.test(resource.id)) {
      check.fail(
        `${field}.id`,
        `"${resource.id}" must be kebab-case, such as "github-issues"`
      );
    }
    const first = seen.ids.get(resource.id);
    if (first)
      check.fail(`${field}.id`, `"${resource.id}" is already used by ${first}`);
    else seen.ids.set(resource.id, field);
  }
  check.text(`${field}.title`, resource.title);
  check.httpsUrl(`${field}.url`, resource.url);
  if (typeof resource.url === "string") {
    const first = seen.urls.get(resource.url);
    if (first)
      check.fail(
        `${field}.url`,
        `"${resource.url}" is already listed by ${first}`
      );
    else seen.urls.set(resource.url, field);
  }
  check.text(`${field}.description`, resource.description);
  check.oneOf(`${field}.kind`, resource.kind, resourceKinds);
  check.oneOf(`${field}.group`, resource.group, resourceGroups);
}
function validateCommunity(community2, source = ".vitepress/community.ts") {
  const check = new Checker();
  const input = community2;
  check.text("name", input.name);
  check.text("description", input.description);
  check.text("lang", input.lang);
  check.httpsUrl("site.url", input.site?.url);
  if (input.site?.repository !== void 0) {
    check.httpsUrl("site.repository.url", input.site.repository.url);
    check.text("site.repository.branch", input.site.repository.branch);
  }
  check.text("project.name", input.project?.name);
  check.httpsUrl("project.repository", input.project?.repository);
  check.httpsUrl("slack.inviteUrl", input.slack?.inviteUrl);
  if (check.list("contacts", input.contacts)) {
    if (input.contacts.length === 0)
      check.fail("contacts", "must list at least one contact");
    input.contacts.forEach(
      (contact, index) => checkContact(check, contact ?? {}, index)
    );
  }
  const reporting = input.reporting;
  if (reporting?.email !== void 0 && !emailAddress.test(reporting.email)) {
    check.fail(
      "reporting.email",
      `"${reporting.email}" is not an email address`
    );
  }
  if (typeof reporting?.slackReportMessage !== "boolean") {
    check.fail("reporting.slackReportMessage", "must be true or false");
  }
  check.text("reporting.slackModerators", reporting?.slackModerators);
  const whatToInclude = reporting?.whatToInclude;
  if (check.list("reporting.whatToInclude", whatToInclude)) {
    if (whatToInclude.length === 0)
      check.fail("reporting.whatToInclude", "must list at least one item");
    whatToInclude.forEach(
      (item, index) => check.text(`reporting.whatToInclude[${index}]`, item)
    );
  }
  check.text(
    "reporting.responseTimes.acknowledgement",
    reporting?.responseTimes?.acknowledgement
  );
  check.text(
    "reporting.responseTimes.decision",
    reporting?.responseTimes?.decision
  );
  if (check.list("resources", input.resources)) {
    const seen = {
      ids: /* @__PURE__ */ new Map(),
      urls: /* @__PURE__ */ new Map()
    };
    input.resources.forEach(
      (resource, index) => checkResource(check, resource ?? {}, index, seen)
    );
  }
  if (check.problems.length > 0)
    throw new CommunityConfigError(check.problems, source);
  return community2;
}
function defineCommunity(community2) {
  return Object.freeze(validateCommunity(community2));
}

// .vitepress/community.ts
var slackInviteUrl = "https://prefect.io/slack";
var projectRepository = "https://github.com/PrefectHQ/prefect";
var community = defineCommunity({
  name: "Prefect",
  description: "How the Prefect community works: where to get help, the Slack rules, and the code of conduct that keeps it welcoming.",
  lang: "en-US",
  site: {
    // The old community pages were served from docs.prefect.io/core/.
    url: "https://docs.prefect.io"
    // repository: where this site's Markdown lives, for "Edit this page".
    // Not known yet; CI fills it in from GitHub's own variables instead.
  },
  project: {
    name: "Prefect",
    repository: projectRepository
  },
  slack: {
    inviteUrl: slackInviteUrl
  },
  contacts: [
    {
      name: "Chris White",
      profileUrl: "https://github.com/cicdw",
      role: "Main point of contact for the Prefect repository"
      // timeZone and languages are not known yet.
    }
  ],
  reporting: {
    // No report address is published yet; add `email` when there is one.
    slackReportMessage: true,
    slackModerators: "a member of the Prefect team",
    whatToInclude: [
      "What happened, in your own words.",
      "Where and when it happened, with a link to the message or thread if there is one. Screenshots help, as messages can be edited or deleted.",
      "Who was involved, and who else saw it.",
      "Anything else we should know, for example whether it is still going on."
    ],
    responseTimes: {
      acknowledgement: "within 2 working days",
      decision: "within 2 weeks"
    }
  },
  resources: [
    {
      id: "slack-archive",
      title: "Previous Slack threads",
      url: "https://github.com/PrefectHQ/prefect/issues?q=is%3Aopen+is%3Aissue+label%3A%22Prefect+Slack+Community%22",
      description: "Useful Slack threads, archived as GitHub issues so they stay searchable.",
      kind: "archive",
      group: "before-you-ask"
    },
    {
      id: "documentation",
      title: "Prefect documentation",
      url: "https://docs.prefect.io/core/development/documentation.html",
      description: "Guides, concepts and the API reference.",
      kind: "docs",
      group: "before-you-ask"
    },
    {
      id: "github-issues",
      title: "GitHub issues",
      url: "https://github.com/PrefectHQ/prefect/issues",
      description: "Known bugs and feature requests, open and closed.",
      kind: "issues",
      group: "before-you-ask"
    },
    {
      id: "stack-overflow",
      title: "Stack Overflow",
      url: "https://stackoverflow.com/questions/tagged/prefect",
      description: 'Questions and answers tagged "prefect".',
      kind: "qa",
      group: "before-you-ask"
    },
    {
      id: "slack",
      title: "Prefect Slack",
      url: slackInviteUrl,
      description: "Chat with the community, ask questions and share tips.",
      kind: "chat",
      group: "talk-to-us"
    },
    {
      id: "repository",
      title: "Prefect on GitHub",
      url: projectRepository,
      description: "The source code: report a bug or propose a change.",
      kind: "repository",
      group: "talk-to-us"
    }
  ]
});

// .vitepress/policy/git-history.ts
import { spawnSync } from "node:child_process";
function git(cwd, args) {
  const result = spawnSync("git", args, { cwd, encoding: "utf8" });
  return {
    ok: !result.error && result.status === 0,
    stdout: result.stdout ?? ""
  };
}
function historyStatus(cwd) {
  const inside = git(cwd, ["rev-parse", "--is-inside-work-tree"]);
  if (!inside.ok || inside.stdout.trim() !== "true") return "no-git";
  if (!git(cwd, ["rev-parse", "--verify", "--quiet", "HEAD"]).ok)
    return "no-commits";
  const shallow = git(cwd, ["rev-parse", "--is-shallow-repository"]);
  return shallow.stdout.trim() === "true" ? "shallow" : "full";
}
var fieldEnd = "";
var commitEnd = "";
var logFormat = ["%H", "%h", "%cI", "%s"].join(fieldEnd) + commitEnd;

// .vitepress/policy/policies.ts
var policyPages = [
  {
    id: "code-of-conduct",
    title: "Code of conduct",
    file: "docs/code-of-conduct.md",
    link: "/code-of-conduct"
  },
  {
    id: "slack-rules",
    title: "Slack rules",
    file: "docs/slack-rules.md",
    link: "/slack-rules"
  }
];

// .vitepress/repository-links.ts
function editLinkPattern(repository) {
  return `${repository.url}/edit/${repository.branch}/docs/:path`;
}

// .vitepress/site-env.ts
function resolveSiteUrl(env, configured) {
  return (env.SITE_URL || configured).replace(/\/+$/, "");
}
var basePath = /^\/(?:[\w.~-]+\/)*$/;
function resolveSiteBase(env, siteUrl2) {
  const given = env.SITE_BASE?.trim();
  const raw = given ? given : new URL(siteUrl2).pathname;
  const base = `/${raw.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  if (!basePath.test(base)) {
    throw new Error(
      `${given ? "SITE_BASE" : "The site URL path"} "${raw}" is not a valid base path. Use letters, digits, "-", "_", "." and "~" between slashes, such as "/community-docs/".`
    );
  }
  return base;
}
function resolveSiteRoot(siteUrl2, base) {
  return new URL(base, `${siteUrl2}/`).href.replace(/\/$/, "");
}
function isPreviewBuild(env) {
  const flag = env.SITE_PREVIEW?.trim().toLowerCase();
  return !!flag && flag !== "0" && flag !== "false";
}
function repositoryFromGitHubActions(env) {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository } = env;
  if (!server || !repository) return void 0;
  return {
    url: `${server.replace(/\/+$/, "")}/${repository}`,
    // On a pull request, edits are proposed against its base branch.
    branch: env.GITHUB_BASE_REF || env.GITHUB_REF_NAME || "main"
  };
}
var siteUrl = resolveSiteUrl(process.env, community.site.url);
var siteBase = resolveSiteBase(process.env, siteUrl);
var siteRoot = resolveSiteRoot(siteUrl, siteBase);
var sitePreview = isPreviewBuild(process.env);
var siteRepository = community.site.repository ?? repositoryFromGitHubActions(process.env);

// .vitepress/rules/load-rules.ts
import { readFileSync as readFileSync2 } from "node:fs";
import { fileURLToPath } from "node:url";
import MarkdownIt from "file:///work/main/node_modules/markdown-it/index.mjs";

// .vitepress/content/frontmatter.ts
import matter from "file:///work/main/node_modules/gray-matter/index.js";
import {
  isMap,
  isPair,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument
} from "file:///work/main/node_modules/yaml/dist/index.js";

// .vitepress/content-error.ts
var ContentError = class extends Error {
  /**
   * @param location `docs/page.md:12`, `docs/page.md`, or a config field
   *   such as `.vitepress/community.ts: reporting.email`
   * @param problem what is wrong, as a sentence
   * @param fix what to do about it, as a sentence, when that is not obvious
   */
  constructor(location, problem, fix) {
    super(`${location}: ${[problem, fix].filter(Boolean).join(" ")}`);
    this.location = location;
    this.problem = problem;
    this.fix = fix;
    this.name = "ContentError";
  }
};
function isContentError(error) {
  return error instanceof Error && error.name === "ContentError";
}
function isVitePressBuild(argv = process.argv) {
  return argv[2] === "build" && /vitepress/.test(argv[1] ?? "");
}
function failOnContentErrors(errors) {
  if (errors.length === 0) return;
  if (!isVitePressBuild()) throw errors[0];
  const count = errors.length === 1 ? "a problem" : `${errors.length} problems`;
  process.stderr.write(
    `
The build stopped on ${count} in the content:

${errors.map((error) => `  ${error.message}`).join("\n")}

`
  );
  process.exit(1);
}

// .vitepress/content/frontmatter.ts
var byteOrderMark = /^\uFEFF/;
function readPage(source, file) {
  const text2 = source.replace(byteOrderMark, "");
  const opener = /^---(?!-)([^\r\n]*)/.exec(text2);
  if (opener && opener[1]?.trim()) {
    throw new ContentError(
      `${file}:1`,
      `frontmatter in "${opener[1].trim()}" is not allowed: gray-matter would run it as code.`,
      'Start the file with a line of exactly "---" and write the frontmatter in YAML.'
    );
  }
  let parsed;
  try {
    parsed = matter(text2, {});
  } catch (error) {
    const mark = error.mark;
    const reason = error.reason ?? String(error);
    throw new ContentError(
      `${file}:${(mark?.line ?? 0) + 1}`,
      `the frontmatter is not valid YAML: ${reason}.`
    );
  }
  const data = parsed.data;
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new ContentError(
      `${file}:2`,
      'the frontmatter must be a list of "key: value" lines.'
    );
  }
  const body = parsed.content;
  const head2 = text2.endsWith(body) ? text2.slice(0, text2.length - body.length) : "";
  const rawMatter = parsed.matter ?? "";
  return {
    data,
    body,
    bodyOffset: head2.split("\n").length - 1,
    hasFrontmatter: opener !== null,
    lineOf: (path) => lineInMatter(rawMatter, path)
  };
}
function lineInMatter(rawMatter, path) {
  const lineCounter = new LineCounter();
  let node = parseDocument(rawMatter, { lineCounter }).contents;
  let line2 = 1;
  for (const segment of path) {
    const item = isMap(node) ? node.items.find(
      (pair) => isScalar(pair.key) && pair.key.value === segment
    ) : isSeq(node) && typeof segment === "number" ? node.items[segment] : void 0;
    if (!item) break;
    const position = isPair(item) ? item.key : item;
    if (position.range?.[0] !== void 0)
      line2 = lineCounter.linePos(position.range[0]).line;
    node = isPair(item) ? item.value : item;
  }
  return line2;
}

// .vitepress/plugins/source-location.ts
var pagesFolder = "docs";
function sourceLocation(env, map) {
  const pageEnv = env;
  const relativePath = pageEnv?.relativePath;
  const file = relativePath ? `${pagesFolder}/${relativePath}` : "Markdown";
  const line2 = map ? map[0] + 1 + (pageEnv?.frontmatterLines ?? 0) : void 0;
  return line2 === void 0 ? file : `${file}:${line2}`;
}
function frontmatterLinesPlugin(md) {
  const render = md.render.bind(md);
  md.render = (src, env = {}) => {
    const pageEnv = env;
    pageEnv.frontmatterLines ??= bodyOffset(src, sourceLocation(env));
    return render(src, env);
  };
}
function bodyOffset(src, file) {
  try {
    return readPage(src, file).bodyOffset;
  } catch {
    return 0;
  }
}

// .vitepress/rules/enforcement.ts
var enforcementSteps = [
  "correction",
  "warning",
  "temporary-ban",
  "permanent-ban"
];
var stepNames = {
  correction: "a correction",
  warning: "a warning",
  "temporary-ban": "a temporary ban",
  "permanent-ban": "a permanent ban"
};
var codeOfConductPage = "/code-of-conduct.md";
function isEnforcementStep(value) {
  return enforcementSteps.includes(value);
}
function enforcementAnchor(step) {
  return `enforcement-${step}`;
}
function enforcementSentence(step) {
  const number = enforcementSteps.indexOf(step) + 1;
  return `Moderators usually respond with [step ${number} of the enforcement ladder, ${stepNames[step]}](${codeOfConductPage}#${enforcementAnchor(step)}).`;
}

// .vitepress/rules/rule.ts
var ruleIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

// .vitepress/plugins/rule-container.ts
var headerKeys = [
  "number",
  "title",
  "summary",
  "aliases",
  "enforcement"
];
var exampleKinds = ["good", "poor"];
var openPattern = /^:{3,}\s*rule(?:\s+(.*?))?\s*$/;
var closePattern = /^:{3,}\s*$/;
var nestedOpenPattern = /^:{3,}\s*\S/;
var fencePattern = /^(`{3,}|~{3,})/;
var partOpenPattern = /^:{3,}\s*(example|consequence)(?:\s+(.*?))?\s*$/;
var RuleSyntaxError = class extends Error {
  constructor(where, message) {
    super(`${where}: ${message}`);
    this.name = "RuleSyntaxError";
  }
};
function lineText(state, line2) {
  return state.src.slice(
    (state.bMarks[line2] ?? 0) + (state.tShift[line2] ?? 0),
    state.eMarks[line2]
  ).trimEnd();
}
function codeFenceTracker() {
  let fence;
  return (text2) => {
    const marker = fencePattern.exec(text2)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) {
        fence = void 0;
      }
      return true;
    }
    fence = marker;
    return marker !== void 0;
  };
}
function findClose(state, openLine, endLine) {
  let depth = 0;
  const inCode = codeFenceTracker();
  for (let line2 = openLine + 1; line2 < endLine; line2++) {
    const text2 = lineText(state, line2);
    if (inCode(text2)) continue;
    if (closePattern.test(text2)) {
      if (depth === 0) return line2;
      depth--;
    } else if (nestedOpenPattern.test(text2)) depth++;
  }
  return void 0;
}
function readHeader(state, openLine, closeLine, where) {
  const header = { values: {}, lines: {} };
  let line2 = openLine + 1;
  for (; line2 < closeLine; line2++) {
    const text2 = lineText(state, line2);
    if (text2 === "") break;
    const [, rawKey, value] = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(text2) ?? [];
    if (rawKey === void 0 || value === void 0) {
      throw new RuleSyntaxError(
        where(line2),
        `expected a "key: value" line (${headerKeys.join(", ")}) or a blank line before the rule's text, found "${text2}".`
      );
    }
    const key = rawKey.toLowerCase();
    if (!headerKeys.includes(key)) {
      throw new RuleSyntaxError(
        where(line2),
        `unknown rule field "${rawKey}". Use ${headerKeys.join(", ")}.`
      );
    }
    if (key in header.values)
      throw new RuleSyntaxError(
        where(line2),
        `the field "${key}" is given twice.`
      );
    header.values[key] = value.trim();
    header.lines[key] = line2;
  }
  return { header, bodyStart: line2 };
}
function checkId(id, what, where) {
  if (!ruleIdPattern.test(id)) {
    throw new RuleSyntaxError(
      where,
      `the ${what} "${id}" is not kebab-case: use lowercase words joined by hyphens, such as "use-threads".`
    );
  }
}
function parseRule(idText, { values: header, lines }, where, whereLine) {
  if (!idText) {
    throw new RuleSyntaxError(
      where,
      'the rule has no id. Write it after "rule", as in "::: rule use-threads".'
    );
  }
  checkId(idText, "rule id", where);
  const required = (key, hint) => {
    const value = header[key];
    if (!value) {
      throw new RuleSyntaxError(
        where,
        `the rule "${idText}" has no ${key}. Add a line "${key}: ${hint}" below "::: rule ${idText}".`
      );
    }
    return value;
  };
  const numberText = required("number", "1");
  if (!/^[1-9]\d*$/.test(numberText)) {
    throw new RuleSyntaxError(
      where,
      `the rule "${idText}" has number "${numberText}"; use a whole number from 1.`
    );
  }
  const title = required("title", "\u2026");
  const summary = required("summary", "one sentence for link previews");
  const aliases = (header.aliases ?? "").split(",").map((alias) => alias.trim()).filter((alias) => alias !== "");
  for (const alias of aliases) checkId(alias, "alias", where);
  const enforcement = header.enforcement;
  if (enforcement !== void 0 && !isEnforcementStep(enforcement)) {
    throw new RuleSyntaxError(
      whereLine(lines.enforcement ?? 0),
      `the enforcement step "${enforcement}" is not known. Use one of the code of conduct's steps: ${enforcementSteps.join(", ")}.`
    );
  }
  return {
    id: idText,
    number: Number(numberText),
    title,
    summary,
    aliases,
    ...enforcement && { enforcement }
  };
}
function findParts(state, rule, ruleIndent, bodyStart, closeLine, where) {
  const bodyRanges = [];
  const examples = [];
  let consequence;
  let rangeStart = bodyStart;
  let depth = 0;
  const inCode = codeFenceTracker();
  for (let line2 = bodyStart; line2 < closeLine; line2++) {
    const text2 = lineText(state, line2);
    if (inCode(text2)) continue;
    const part = partOpenPattern.exec(text2);
    if (part && depth === 0 && (state.sCount[line2] ?? 0) <= ruleIndent) {
      const partClose = findClose(state, line2, closeLine);
      if (partClose === void 0) {
        throw new RuleSyntaxError(
          where(line2),
          `the ${part[1]} is never closed. Add a line ":::" after it.`
        );
      }
      const lines = { openLine: line2, closeLine: partClose };
      if (part[1] === "example") {
        examples.push({
          name: "example",
          ...lines,
          kind: exampleKind(part[2], where(line2))
        });
      } else {
        if (part[2]) {
          throw new RuleSyntaxError(
            where(line2),
            `"::: consequence" takes nothing after it; write the consequence on the lines below.`
          );
        }
        if (consequence) {
          throw new RuleSyntaxError(
            where(line2),
            `the rule "${rule.id}" already has a consequence at ${where(consequence.openLine)}. Write one "::: consequence" per rule.`
          );
        }
        consequence = { name: "consequence", ...lines };
      }
      bodyRanges.push([rangeStart, line2]);
      rangeStart = partClose + 1;
      line2 = partClose;
    } else if (closePattern.test(text2)) {
      depth = Math.max(0, depth - 1);
    } else if (nestedOpenPattern.test(text2)) {
      depth++;
    }
  }
  bodyRanges.push([rangeStart, closeLine]);
  return {
    bodyRanges: bodyRanges.filter(([from, to]) => from < to),
    examples,
    consequence
  };
}
function exampleKind(kindText, where) {
  if (!kindText) {
    throw new RuleSyntaxError(
      where,
      'an example needs a kind: write "::: example good" or "::: example poor".'
    );
  }
  const kind = exampleKinds.find((known) => known === kindText);
  if (!kind) {
    throw new RuleSyntaxError(
      where,
      `the example kind "${kindText}" is not known. Use "good" or "poor".`
    );
  }
  return kind;
}
function tokenizeLines(state, from, to) {
  const oldParentType = state.parentType;
  const oldLineMax = state.lineMax;
  state.parentType = "container";
  state.lineMax = to;
  state.md.block.tokenize(state, from, to);
  state.parentType = oldParentType;
  state.lineMax = oldLineMax;
}
function tokenizePart(state, part, where) {
  const firstToken = state.tokens.length;
  tokenizeLines(state, part.openLine + 1, part.closeLine);
  const tokens = state.tokens.slice(firstToken);
  if (tokens.length === 0) {
    throw new RuleSyntaxError(
      where(part.openLine),
      `the ${part.name} is empty. Write it on the lines between "${lineText(state, part.openLine)}" and its ":::".`
    );
  }
  const heading = tokens.find((token) => token.type === "heading_open");
  if (heading) {
    throw new RuleSyntaxError(
      where(heading.map?.[0] ?? part.openLine),
      `the ${part.name} cannot hold a heading: it would show in "On this page". Use **bold** text instead.`
    );
  }
}
function pushSlot(state, name, fill) {
  const open = state.push("rule_slot_open", "template", 1);
  open.block = true;
  open.meta = { name };
  fill();
  state.push("rule_slot_close", "template", -1).block = true;
}
function pushParagraph(state, markdown, line2) {
  const map = [line2, line2 + 1];
  state.push("paragraph_open", "p", 1).map = map;
  const inline = state.push("inline", "", 0);
  inline.content = markdown;
  inline.map = map;
  inline.children = [];
  state.push("paragraph_close", "p", -1);
}
function strayPart(state, startLine, _endLine, silent) {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const part = partOpenPattern.exec(lineText(state, startLine));
  if (!part) return false;
  if (silent) return true;
  throw new RuleSyntaxError(
    sourceLocation(state.env, [startLine, startLine + 1]),
    `"::: ${part[1]}" belongs directly inside a "::: rule" container, at the same indent as its "::: rule" line.`
  );
}
function ruleBlock(state, startLine, endLine, silent) {
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  const open = openPattern.exec(lineText(state, startLine));
  if (!open) return false;
  if (silent) return true;
  const env = state.env;
  const where = (line2) => sourceLocation(env, [line2, line2 + 1]);
  const closeLine = findClose(state, startLine, endLine);
  if (closeLine === void 0) {
    throw new RuleSyntaxError(
      where(startLine),
      `the rule container is never closed. Add a line ":::" after the rule's text, and check that each "::: example" and "::: consequence" in it has its own ":::".`
    );
  }
  const { header, bodyStart } = readHeader(state, startLine, closeLine, where);
  const rule = {
    ...parseRule(open[1], header, where(startLine), where),
    source: where(startLine)
  };
  const rules2 = env.rules ??= [];
  for (const other of rules2) {
    const clash = [rule.id, ...rule.aliases].find(
      (id) => id === other.id || other.aliases.includes(id)
    );
    if (clash) {
      throw new RuleSyntaxError(
        rule.source,
        `the id "${clash}" is already used by the rule at ${other.source}.`
      );
    }
    if (other.number === rule.number) {
      throw new RuleSyntaxError(
        rule.source,
        `rule number ${rule.number} is already used by the rule at ${other.source}.`
      );
    }
  }
  rules2.push(rule);
  const cardOpen = state.push("rule_card_open", "RuleCard", 1);
  cardOpen.block = true;
  cardOpen.map = [startLine, closeLine + 1];
  cardOpen.meta = rule;
  const headingOpen = state.push("heading_open", "h2", 1);
  headingOpen.markup = "##";
  headingOpen.map = [startLine, startLine + 1];
  headingOpen.attrSet("id", rule.id);
  const headingText = state.push("inline", "", 0);
  headingText.content = rule.title;
  headingText.map = [startLine, startLine + 1];
  headingText.children = [];
  headingText.meta = { ruleTitle: true };
  state.push("heading_close", "h2", -1).markup = "##";
  const { bodyRanges, examples, consequence } = findParts(
    state,
    rule,
    state.sCount[startLine] ?? 0,
    bodyStart,
    closeLine,
    where
  );
  for (const [from, to] of bodyRanges) tokenizeLines(state, from, to);
  if (examples.length > 0) {
    pushSlot(state, "examples", () => {
      for (const example of examples) {
        const open2 = state.push("rule_example_open", "RuleExample", 1);
        open2.block = true;
        open2.map = [example.openLine, example.closeLine + 1];
        open2.meta = { kind: example.kind };
        tokenizePart(state, example, where);
        state.push("rule_example_close", "RuleExample", -1).block = true;
      }
    });
  }
  if (rule.enforcement || consequence) {
    pushSlot(state, "consequence", () => {
      if (rule.enforcement) {
        pushParagraph(
          state,
          enforcementSentence(rule.enforcement),
          startLine + 1
        );
      }
      if (consequence) tokenizePart(state, consequence, where);
    });
  }
  state.push("rule_card_close", "RuleCard", -1).block = true;
  state.line = closeLine + 1;
  return true;
}
function keepTitlesPlain(state) {
  for (const token of state.tokens) {
    if (token.type === "inline" && token.meta?.ruleTitle) {
      const text2 = new state.Token("text", "", 0);
      text2.content = token.content;
      token.children = [text2];
    }
  }
}
function pageIds(tokens) {
  const ids = [];
  for (const token of tokens) {
    if (token.type === "heading_open") {
      const id = token.attrGet("id");
      if (id) ids.push({ id, map: token.map });
    } else if (token.type === "rule_card_open") {
      for (const alias of token.meta.aliases)
        ids.push({ id: alias, map: token.map });
    }
  }
  return ids;
}
function checkUniqueIds(state, siteRules) {
  const seen = /* @__PURE__ */ new Map();
  const thisFile = sourceLocation(state.env);
  for (const { id, map } of pageIds(state.tokens)) {
    const where = sourceLocation(state.env, map);
    const first = seen.get(id);
    if (first)
      throw new RuleSyntaxError(
        where,
        `the id "${id}" is already used at ${first}. Ids must be unique.`
      );
    seen.set(id, where);
    const owner = siteRules.find(
      (rule) => rule.id === id || rule.aliases.includes(id)
    );
    if (owner && !owner.source.startsWith(`${thisFile}:`)) {
      throw new RuleSyntaxError(
        where,
        `the id "${id}" belongs to the rule at ${owner.source}. Give this heading another id with {#\u2026}.`
      );
    }
  }
}
function escapeAttribute(value) {
  return value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function renderCardOpen(rule) {
  const props = [
    `rule-id="${escapeAttribute(rule.id)}"`,
    `:number="${rule.number}"`,
    `title="${escapeAttribute(rule.title)}"`,
    `summary="${escapeAttribute(rule.summary)}"`,
    `:aliases="${escapeAttribute(JSON.stringify(rule.aliases))}"`
  ];
  const aliasAnchors = rule.aliases.map(
    (alias) => `<span id="${escapeAttribute(alias)}" class="rule-alias-anchor"></span>`
  ).join("");
  return `<RuleCard ${props.join(" ")}>${aliasAnchors}
`;
}
function ruleContainerPlugin(md, options = {}) {
  md.block.ruler.before("fence", "rule_container", ruleBlock, {
    alt: ["paragraph", "reference", "blockquote", "list"]
  });
  md.block.ruler.before("fence", "rule_stray_part", strayPart, {
    alt: ["paragraph", "reference", "blockquote", "list"]
  });
  md.core.ruler.after("inline", "rule_title_plain", keepTitlesPlain);
  md.core.ruler.push(
    "rule_unique_ids",
    (state) => checkUniqueIds(state, options.siteRules ?? [])
  );
  md.renderer.rules.rule_card_open = (tokens, index) => renderCardOpen(tokens[index]?.meta);
  md.renderer.rules.rule_card_close = () => "</RuleCard>\n";
  md.renderer.rules.rule_slot_open = (tokens, index) => `<template #${(tokens[index]?.meta).name}>
`;
  md.renderer.rules.rule_slot_close = () => "</template>\n";
  md.renderer.rules.rule_example_open = (tokens, index) => `<RuleExample kind="${(tokens[index]?.meta).kind}">
`;
  md.renderer.rules.rule_example_close = () => "</RuleExample>\n";
}

// .vitepress/rules/load-rules.ts
var __vite_injected_original_import_meta_url = "file:///work/wt-tests/.vitepress/rules/load-rules.ts";
var rulesPage = "slack-rules.md";
var projectRoot = fileURLToPath(new URL("../../", __vite_injected_original_import_meta_url));
function withoutFrontmatter(markdown, relativePath) {
  const page = readPage(markdown, `${pagesFolder}/${relativePath}`);
  return "\n".repeat(page.bodyOffset) + page.body;
}
function parseRules(markdown, relativePath = rulesPage) {
  const env = { relativePath };
  new MarkdownIt({ html: true }).use(ruleContainerPlugin).parse(withoutFrontmatter(markdown, relativePath), env);
  return (env.rules ?? []).sort((a, b) => a.number - b.number);
}
function loadRules() {
  return parseRules(
    readFileSync2(`${projectRoot}${pagesFolder}/${rulesPage}`, "utf8")
  );
}

// .vitepress/redirects.ts
var redirects = [
  {
    // The old VuePress site served the community page at /core/.
    from: "/core/community.html",
    to: "/community",
    anchors: {
      // Its headings, slugged by VuePress: "# Community", "# Slack" and
      // "## Slack Guidelines" (the rules, before they had anchors of their own).
      community: "/community",
      slack: "/community#join-slack",
      "slack-guidelines": "/slack-rules"
    }
  },
  { from: "/core/code_of_conduct.html", to: "/code-of-conduct" }
];

// .vitepress/links/paths.ts
function pagePath(page) {
  return `/${page.replace(/(^|\/)index\.md$/, "$1").replace(/\.md$/, "")}`;
}
function outputFile(path) {
  const relative5 = path.replace(/^\//, "");
  if (relative5 === "" || relative5.endsWith("/")) return `${relative5}index.html`;
  return /\.[a-z0-9]+$/i.test(relative5) ? relative5 : `${relative5}.html`;
}
function splitFragment(url) {
  const hash = url.indexOf("#");
  return hash === -1 ? { path: url } : { path: url.slice(0, hash), fragment: url.slice(hash + 1) };
}
function absoluteUrl(siteUrl2, path) {
  return `${siteUrl2.replace(/\/+$/, "")}${path}`;
}
function withBase(base, path) {
  return `${base.replace(/\/+$/, "")}${path}`;
}

// .vitepress/links/permalinks.ts
import { readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";

// .vitepress/links/link-error.ts
var LinkError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "LinkError";
  }
};

// .vitepress/links/page-facts.ts
import { Window } from "file:///work/main/node_modules/happy-dom/lib/index.js";
var window = new Window();
function refreshUrl2(content) {
  return /^\s*\d+\s*[;,]\s*url\s*=\s*['"]?([^'"]+)['"]?\s*$/i.exec(content)?.[1];
}
function readPageFacts(html) {
  const document = new window.DOMParser().parseFromString(html, "text/html");
  const meta = {};
  let refresh;
  for (const element2 of document.querySelectorAll("meta")) {
    const key = element2.getAttribute("name") ?? element2.getAttribute("property");
    const content = element2.getAttribute("content") ?? "";
    if (key && !(key in meta)) meta[key] = content;
    if (element2.getAttribute("http-equiv")?.toLowerCase() === "refresh")
      refresh = refreshUrl2(content);
  }
  const anchorsAttribute = document.documentElement.getAttribute("data-anchors") ?? "{}";
  return {
    lang: document.documentElement.getAttribute("lang") ?? void 0,
    title: document.title,
    meta,
    canonical: document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? void 0,
    refresh,
    anchors: JSON.parse(anchorsAttribute),
    ids: new Set(
      [...document.querySelectorAll("[id]")].map((element2) => element2.id)
    ),
    links: [...document.querySelectorAll("body a[href]")].map((element2) => ({
      href: element2.getAttribute("href") ?? "",
      text: (element2.textContent ?? "").trim()
    }))
  };
}

// .vitepress/links/short-links.ts
var shortLinkFolder = "/r/";
function shortLinkPath(slug) {
  return `${shortLinkFolder}${slug}`;
}
function rulePageUrl(rule, rulesPagePath = "/slack-rules") {
  return `${rulesPagePath}#${rule.id}`;
}
function permanentShortLink(rule) {
  return shortLinkPath(rule.id);
}
function describe(link2, slug) {
  const what = link2.kind === "number" ? "its number" : link2.kind === "id" ? "its id" : `its alias "${slug}"`;
  return `the rule "${link2.rule.id}" (${what}, ${link2.rule.source})`;
}
function shortLinks(rules2) {
  const byPath = /* @__PURE__ */ new Map();
  for (const rule of rules2) {
    const claims = [
      [String(rule.number), "number"],
      [rule.id, "id"],
      ...rule.aliases.map((alias) => [alias, "alias"])
    ];
    for (const [slug, kind] of claims) {
      const link2 = { path: shortLinkPath(slug), rule, kind };
      const first = byPath.get(link2.path);
      if (first?.rule.id === rule.id) continue;
      if (first) {
        throw new LinkError(
          `The short link ${link2.path} is claimed twice: by ${describe(first, slug)} and by ${describe(link2, slug)}. Change or remove one of them, so that each short link leads to one rule.`
        );
      }
      byPath.set(link2.path, link2);
    }
  }
  return [...byPath.values()];
}

// .vitepress/links/permalinks.ts
var registryFile = "permalinks.json";
var removalRecipe = 'CONTRIBUTING.md, "Removing or renaming a rule"';
function loadRegistry(projectRoot3) {
  return JSON.parse(
    readFileSync3(join3(projectRoot3, registryFile), "utf8")
  );
}
var publishedFiles = ["/rules.json", "/slack/welcome.json"];
var maxHops = 5;
function isHtml(path) {
  return outputFile(path).endsWith(".html");
}
async function resolvePermalink(url, load, base = "/") {
  const hops = [];
  let current = url;
  for (; ; ) {
    const { path, fragment } = splitFragment(current);
    const body = await load(path);
    if (body === void 0) {
      return {
        ok: false,
        problem: hops.length ? `${url} redirects to ${current}, which is not served.` : `${url} is not served.`
      };
    }
    if (!isHtml(path)) {
      return fragment === void 0 ? { ok: true, url: current, hops } : {
        ok: false,
        problem: `${url} has a #fragment on a file that is not a page.`
      };
    }
    const facts = readPageFacts(body);
    if (facts.refresh !== void 0) {
      if (hops.length >= maxHops)
        return {
          ok: false,
          problem: `${url} redirects more than ${maxHops} times: ${[...hops, current].join(" \u2192 ")}.`
        };
      hops.push(current);
      const mapped = fragment === void 0 ? void 0 : facts.anchors[fragment];
      const target = new URL(
        mapped ?? facts.refresh,
        `http://site${withBase(base, path)}`
      );
      const keepFragment = mapped === void 0 && target.hash === "" && fragment !== void 0;
      const targetPath = target.pathname.startsWith(base) ? `/${target.pathname.slice(base.length)}` : target.pathname;
      current = `${targetPath}${keepFragment ? `#${fragment}` : target.hash}`;
      continue;
    }
    if (fragment !== void 0 && !facts.ids.has(fragment)) {
      return {
        ok: false,
        problem: `${url}${hops.length ? ` (via ${[...hops, current].join(" \u2192 ")})` : ""}: the page ${path} has no anchor "#${fragment}".`
      };
    }
    return { ok: true, url: current, hops };
  }
}
function permalinkFix(url) {
  const { path, fragment } = splitFragment(url);
  if (fragment !== void 0)
    return `If "#${fragment}" was a rule's id, add it to the aliases of the rule that replaces it (aliases: ${fragment}); if it was a heading, give a heading that id again.`;
  const shortLink = /^\/r\/([^/]+)$/.exec(path)?.[1];
  if (shortLink !== void 0)
    return /^\d+$/.test(shortLink) ? `No rule has the number ${shortLink} any more: add ${shortLink} to the aliases of the rule that replaces it.` : `Add "${shortLink}" to the aliases of the rule that replaces it.`;
  return `Restore the page, or add a redirect from ${path} to the page that replaces it in .vitepress/redirects.ts.`;
}
async function checkPermalinks(registry, load, base = "/") {
  const results = await Promise.all(
    registry.urls.map(async (url) => ({
      url,
      result: await resolvePermalink(url, load, base)
    }))
  );
  const problems = results.flatMap(
    ({ url, result }) => result.ok ? [] : [`${result.problem} ${permalinkFix(url)}`]
  );
  if (problems.length > 0) {
    throw new LinkError(
      `${registryFile}: ${problems.length === 1 ? "a published URL is" : `${problems.length} published URLs are`} no longer served. Published links must keep working (see ${removalRecipe}):
${problems.map((problem) => `  - ${problem}`).join("\n")}`
    );
  }
}

// .vitepress/links/publish-links.ts
import { existsSync as existsSync2, mkdirSync, readFileSync as readFileSync4, writeFileSync as writeFileSync2 } from "node:fs";
import { dirname, join as join4 } from "node:path";

// .vitepress/previews/page-text.ts
import MarkdownIt2 from "file:///work/main/node_modules/markdown-it/index.mjs";
var descriptionMaxLength = 200;
var parser = new MarkdownIt2({ html: true }).use(ruleContainerPlugin);
function plainText(children2) {
  return children2.map((child) => {
    if (child.type === "text" || child.type === "code_inline")
      return child.content;
    if (child.type === "softbreak" || child.type === "hardbreak") return " ";
    if (child.type === "image") return plainText(child.children ?? []);
    return "";
  }).join("").replace(/\s+/g, " ").trim();
}
function shorten(text2, maxLength = descriptionMaxLength) {
  if (text2.length <= maxLength) return text2;
  const cut = text2.slice(0, maxLength - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.]+$/, "")}\u2026`;
}
function firstParagraph(markdown) {
  const { body } = readPage(markdown, "page.md");
  const tokens = parser.parse(body, {});
  for (const [index, token] of tokens.entries()) {
    if (token.type !== "paragraph_open") continue;
    const content = (tokens[index + 1]?.content ?? "").split("\n").filter((line2) => !line2.trimStart().startsWith(":::")).join("\n");
    const text2 = plainText(parser.parseInline(content, {})[0]?.children ?? []);
    if (text2 !== "") return shorten(text2);
  }
  return void 0;
}

// .vitepress/previews/social-cards.ts
var socialCardSize = { width: 1200, height: 630 };
var socialCardFolder = "/social/";
function siteTitle(community2) {
  return `${community2.name} Community`;
}
function siteSocialCard(community2) {
  const siteName = siteTitle(community2);
  return {
    path: `${socialCardFolder}site.png`,
    title: siteName,
    text: community2.description,
    alt: siteName,
    siteName
  };
}
function pageSlug(pagePath2) {
  return pagePath2.replace(/^\/|\/$/g, "").replace(/\//g, "-") || "home";
}
function pageSocialCard(page, community2) {
  const siteName = siteTitle(community2);
  return {
    path: `${socialCardFolder}pages/${pageSlug(page.path)}.png`,
    title: page.title,
    alt: `${page.title}, ${siteName}`,
    siteName
  };
}
function ruleSocialCard(rule, community2, rulesTitle) {
  const eyebrow = `${rulesTitle} \xB7 Rule ${rule.number}`;
  return {
    path: `${socialCardFolder}rules/${rule.id}.png`,
    eyebrow,
    title: rule.title,
    alt: `${eyebrow}: ${rule.title}, ${siteTitle(community2)}`,
    siteName: siteTitle(community2)
  };
}

// .vitepress/previews/page-preview.ts
function socialImage(card, siteUrl2) {
  return {
    url: absoluteUrl(siteUrl2, card.path),
    alt: card.alt,
    ...socialCardSize
  };
}
function pageCard(page, community2) {
  return page.path === "/" ? siteSocialCard(community2) : pageSocialCard(page, community2);
}
function pagePreview(input) {
  const { community: community2, siteUrl: siteUrl2 } = input;
  const path = pagePath(input.page);
  const isHome = path === "/";
  const title = isHome || !input.title ? siteTitle(community2) : input.title;
  const description = input.description?.trim() || firstParagraph(input.markdown()) || community2.description;
  const url = absoluteUrl(siteUrl2, path);
  return {
    title,
    description,
    url,
    canonical: url,
    siteName: siteTitle(community2),
    lang: community2.lang,
    image: socialImage(pageCard({ path, title }, community2), siteUrl2)
  };
}

// .vitepress/slack/block-kit.ts
var slackLimits = {
  blocksPerMessage: 50,
  sectionText: 3e3,
  headerText: 150,
  contextElements: 10
};
var SlackLimitError = class extends Error {
  constructor(what, problems) {
    super(
      `${what} breaks Slack's limits:
${problems.map((problem) => `  - ${problem}`).join("\n")}`
    );
    this.problems = problems;
    this.name = "SlackLimitError";
  }
};
function escapeMrkdwn(text2) {
  return text2.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function mrkdwnLink(url, text2) {
  return `<${url}|${escapeMrkdwn(text2)}>`;
}
function bold(text2) {
  return `*${escapeMrkdwn(text2)}*`;
}
function headerBlock(text2) {
  return { type: "header", text: { type: "plain_text", text: text2 } };
}
function dividerBlock() {
  return { type: "divider" };
}
function contextBlock(mrkdwn) {
  return { type: "context", elements: [{ type: "mrkdwn", text: mrkdwn }] };
}
function sectionBlock(text2) {
  return { type: "section", text: { type: "mrkdwn", text: text2 } };
}
function partText(part) {
  return [part.heading ? bold(part.heading) : void 0, ...part.lines].filter((line2) => line2 !== void 0).join("\n");
}
function partSections(part) {
  const sections = [];
  let current = part.heading ? bold(part.heading) : "";
  for (const line2 of part.lines) {
    if (current === "" && line2 === "") continue;
    const next = current === "" ? line2 : `${current}
${line2}`;
    if (next.length > slackLimits.sectionText && current !== "") {
      sections.push(current);
      current = line2;
    } else {
      current = next;
    }
  }
  if (current !== "") sections.push(current);
  return sections.map(sectionBlock);
}
function layoutMessage(title, parts, footer) {
  return {
    text: [bold(title), ...parts.map(partText), footer].join("\n\n"),
    blocks: [
      headerBlock(title),
      ...parts.flatMap((part, index) => [
        ...index > 0 ? [dividerBlock()] : [],
        ...partSections(part)
      ]),
      contextBlock(footer)
    ]
  };
}
function blockText(block) {
  return block.type === "section" || block.type === "header" ? block.text?.text : void 0;
}
function blockKitProblems(blocks) {
  const problems = [];
  if (blocks.length > slackLimits.blocksPerMessage)
    problems.push(
      `the message has ${blocks.length} blocks; Slack allows ${slackLimits.blocksPerMessage}.`
    );
  blocks.forEach((block, index) => {
    const where = `block ${index + 1} (${block.type})`;
    const length = blockText(block)?.length ?? 0;
    const limit = block.type === "section" ? slackLimits.sectionText : block.type === "header" ? slackLimits.headerText : void 0;
    if (limit !== void 0 && length > limit)
      problems.push(`${where} has ${length} characters; Slack allows ${limit}.`);
    if (block.type === "context" && block.elements.length > slackLimits.contextElements)
      problems.push(
        `${where} has ${block.elements.length} elements; Slack allows ${slackLimits.contextElements}.`
      );
  });
  return problems;
}
function checkedMessage(what, message) {
  const problems = blockKitProblems(message.blocks);
  if (problems.length > 0) throw new SlackLimitError(what, problems);
  return message;
}

// .vitepress/slack/welcome-message.ts
function welcomeMessage({
  community: community2,
  rules: rules2,
  siteUrl: siteUrl2
}) {
  const url = (path) => absoluteUrl(siteUrl2, path);
  const { reporting } = community2;
  const reportLines = [
    reporting.slackReportMessage ? "\u2022 Report the message: open its menu (More actions) and choose _Report message_." : void 0,
    `\u2022 Send a direct message to ${escapeMrkdwn(reporting.slackModerators)}.`,
    reporting.email ? `\u2022 Email the moderators at <mailto:${reporting.email}|${escapeMrkdwn(reporting.email)}>.` : void 0,
    `You do not need to be sure that a rule was broken. ${mrkdwnLink(url("/code-of-conduct#reporting"), "How to report, and what happens next")}`
  ].filter((line2) => line2 !== void 0);
  return layoutMessage(
    `Welcome to the ${community2.name} Slack`,
    [
      {
        lines: [
          "We are glad you are here. Please take two minutes to read the rules below: they keep a busy workspace friendly and easy to follow."
        ]
      },
      {
        heading: "Slack rules",
        lines: [
          ...rules2.map(
            (rule) => `${rule.number}. ${mrkdwnLink(url(permanentShortLink(rule)), rule.title)}: ${escapeMrkdwn(rule.summary)}`
          ),
          `The rules in full: ${mrkdwnLink(url("/slack-rules"), "Slack rules")}`
        ]
      },
      {
        heading: "Code of conduct",
        lines: [
          `Everyone here follows the ${mrkdwnLink(url("/code-of-conduct"), `${community2.name} community code of conduct`)}, in channels, threads and direct messages.`
        ]
      },
      { heading: "If something goes wrong", lines: reportLines }
    ],
    `${mrkdwnLink(url("/community"), "Community guide")}: where to ask what, and who to contact.`
  );
}
function checkedWelcomeMessage(input) {
  return checkedMessage("The Slack welcome message", welcomeMessage(input));
}
function welcomeMessagePayload(message) {
  return { text: message.text, blocks: message.blocks };
}

// .vitepress/previews/link-preview.ts
function openGraphLocale(lang) {
  return lang.replace("-", "_");
}
function linkPreviewHead(preview) {
  const meta = (key, name, content) => ["meta", { [key]: name, content }];
  return [
    ["link", { rel: "canonical", href: preview.canonical }],
    meta("name", "description", preview.description),
    meta("property", "og:type", "website"),
    meta("property", "og:site_name", preview.siteName),
    meta("property", "og:locale", openGraphLocale(preview.lang)),
    meta("property", "og:title", preview.title),
    meta("property", "og:description", preview.description),
    meta("property", "og:url", preview.url),
    meta("property", "og:image", preview.image.url),
    meta("property", "og:image:type", "image/png"),
    meta("property", "og:image:width", String(preview.image.width)),
    meta("property", "og:image:height", String(preview.image.height)),
    meta("property", "og:image:alt", preview.image.alt),
    meta("name", "twitter:card", "summary_large_image"),
    meta("name", "twitter:title", preview.title),
    meta("name", "twitter:description", preview.description),
    meta("name", "twitter:image", preview.image.url),
    meta("name", "twitter:image:alt", preview.image.alt)
  ];
}
function escapeHtml(text2) {
  return text2.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#39;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function renderHeadTags(head2) {
  return head2.map(([tag, attrs]) => {
    const attributes = Object.entries(attrs).map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`).join("");
    return `<${tag}${attributes}>`;
  }).join("\n    ");
}

// .vitepress/links/forwarding-page.ts
var forwardingScript = [
  "(function () {",
  "  var root = document.documentElement",
  "  var anchors = JSON.parse(root.getAttribute('data-anchors') || '{}')",
  "  var target = root.getAttribute('data-forward')",
  "  var hash = location.hash",
  "  var mapped = anchors[hash.slice(1)]",
  "  location.replace(mapped || (target.indexOf('#') === -1 ? target + hash : target))",
  "})()"
].join("\n");
var forwardingStyle = `
:root { color-scheme: light dark; --bg: #ffffff; --text: #1b1b1f; --text-2: #3c3c43; --link: #2944d6; }
@media (prefers-color-scheme: dark) {
  :root { --bg: #1b1b1f; --text: #dfdfd6; --text-2: #c2c2c6; --link: #a3b1ff; }
}
body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.6 system-ui, sans-serif; }
main { max-width: 40rem; margin: 0 auto; padding: 3rem 1.5rem; }
.eyebrow { margin: 0; font-size: 0.875rem; font-weight: 600; color: var(--text-2); }
h1 { margin: 0.25rem 0 1rem; font-size: 1.75rem; line-height: 1.25; }
a { color: var(--link); font-weight: 600; text-underline-offset: 0.2em; }
a:focus-visible { outline: 2px solid var(--link); outline-offset: 2px; }
`.trim();
function forwardingPageHtml(page) {
  const { preview } = page;
  const anchors = page.anchors && Object.keys(page.anchors).length > 0 ? ` data-anchors="${escapeHtml(JSON.stringify(page.anchors))}"` : "";
  return `<!DOCTYPE html>
<html lang="${escapeHtml(preview.lang)}" data-forward="${escapeHtml(page.href)}"${anchors}>
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${escapeHtml(preview.documentTitle ?? preview.title)}</title>
    <script>${forwardingScript}</script>
    <meta http-equiv="refresh" content="0; url=${escapeHtml(page.href)}">
    ${renderHeadTags(linkPreviewHead(preview))}
    <style>${forwardingStyle}</style>
  </head>
  <body>
    <main>
      ${page.eyebrow ? `<p class="eyebrow">${escapeHtml(page.eyebrow)}</p>
      ` : ""}<h1>${escapeHtml(page.heading)}</h1>
      ${page.text ? `<p>${escapeHtml(page.text)}</p>
      ` : ""}<p><a href="${escapeHtml(page.href)}">${escapeHtml(page.linkText)}</a></p>
    </main>
  </body>
</html>
`;
}

// .vitepress/links/redirect-check.ts
var redirectsSource = ".vitepress/redirects.ts";
function fail(redirect, problem) {
  throw new LinkError(
    `${redirectsSource}: the redirect from "${redirect.from}" ${problem}`
  );
}
var aliasRecipe = 'add the old id to the aliases of the rule that replaces it (CONTRIBUTING.md, "Removing or renaming a rule")';
function checkFrom(redirect, known) {
  const [path, anchor] = redirect.from.split("#");
  if (path?.startsWith("/") && anchor && known.pages.includes(path)) {
    fail(
      redirect,
      `names the anchor #${anchor} of a page that exists, and a redirect cannot move one anchor. For a rule's old id, ${aliasRecipe}; for a heading, give the heading that id again.`
    );
  }
  if (!redirect.from.startsWith("/") || /[#?\s]/.test(redirect.from)) {
    fail(
      redirect,
      'is not a site path. Write the old path from the site root, without #anchor or ?query, such as "/core/community.html".'
    );
  }
}
function checkTarget(redirect, target) {
  if (!target.startsWith("/") || /[?\s]/.test(target)) {
    fail(
      redirect,
      `goes to "${target}", which is not a site path. Write the new path from the site root, such as "/community#join-slack".`
    );
  }
}
function checkRedirects(redirects2, known) {
  const existing = /* @__PURE__ */ new Set([...known.pages, ...known.generated]);
  const byFrom = /* @__PURE__ */ new Map();
  for (const redirect of redirects2) {
    checkFrom(redirect, known);
    if (byFrom.has(redirect.from))
      fail(redirect, "is listed twice. Keep one entry.");
    if (known.generated.includes(redirect.from)) {
      fail(
        redirect,
        `hides the short link ${redirect.from} of a rule that exists. A short link leads to its rule; to send an old id or number to another rule, ${aliasRecipe}, and remove this redirect.`
      );
    }
    if (existing.has(redirect.from)) {
      fail(
        redirect,
        "hides a page that exists. Remove the redirect, or the page it hides."
      );
    }
    byFrom.set(redirect.from, redirect);
  }
  const checked = [];
  for (const redirect of redirects2) {
    const targets = [redirect.to, ...Object.values(redirect.anchors ?? {})];
    for (const target of targets) {
      checkTarget(redirect, target);
      const chain = [redirect.from];
      let path = splitFragment(target).path;
      for (let next = byFrom.get(path); next; next = byFrom.get(path)) {
        if (chain.includes(path)) {
          fail(
            redirect,
            `is part of a loop: ${[...chain, path].join(" \u2192 ")}. Point one of them at a page.`
          );
        }
        chain.push(path);
        path = splitFragment(next.to).path;
      }
      if (!existing.has(path)) {
        const via = chain.length > 1 ? ` (via ${chain.slice(1).join(" \u2192 ")})` : "";
        fail(
          redirect,
          `goes to "${path}"${via}, which is not a page of the site. Pages: ${known.pages.join(", ")}.`
        );
      }
      if (target === redirect.to) checked.push({ redirect, finalPage: path });
    }
  }
  return checked;
}
function redirectsFile(redirects2) {
  const header = [
    `# Generated from ${redirectsSource} by the site build. Do not edit.`,
    "# Each old path also has a static page that redirects, for other hosts."
  ];
  return `${[...header, ...redirects2.map(({ from, to }) => `${from} ${to} 301`)].join("\n")}
`;
}

// .vitepress/links/rules-json.ts
function rulesJson(rules2, siteUrl2) {
  return {
    rules: rules2.map((rule) => ({
      id: rule.id,
      number: rule.number,
      title: rule.title,
      summary: rule.summary,
      url: absoluteUrl(siteUrl2, rulePageUrl(rule)),
      shortUrl: absoluteUrl(siteUrl2, permanentShortLink(rule)),
      aliases: rule.aliases
    }))
  };
}

// .vitepress/links/publish-links.ts
function sitePagePaths(siteConfig) {
  return siteConfig.pages.map(
    (page) => pagePath(siteConfig.rewrites.map[page] ?? page)
  );
}
function shortLinkPage(link2, input) {
  const { rule } = link2;
  const { community: community2, siteUrl: siteUrl2, rulesTitle } = input;
  const ruleTitle = `Rule ${rule.number}: ${rule.title}`;
  return {
    href: withBase(input.base, rulePageUrl(rule)),
    preview: {
      title: ruleTitle,
      documentTitle: `${ruleTitle} | ${siteTitle(community2)}`,
      description: rule.summary,
      // Every short link of a rule names the id link as its URL: a bot that
      // re-fetches og:url still gets this rule's preview, not the whole page.
      url: absoluteUrl(siteUrl2, permanentShortLink(rule)),
      canonical: absoluteUrl(siteUrl2, rulePageUrl(rule)),
      siteName: siteTitle(community2),
      lang: community2.lang,
      image: socialImage(ruleSocialCard(rule, community2, rulesTitle), siteUrl2)
    },
    eyebrow: `${rulesTitle} \xB7 Rule ${rule.number}`,
    heading: rule.title,
    text: rule.summary,
    linkText: `Read rule ${rule.number} on the ${rulesTitle} page`
  };
}
function redirectPage(redirect, finalPage, input) {
  const target = input.pagePreviews.get(finalPage);
  if (!target) {
    throw new LinkError(
      `The redirect from "${redirect.from}" leads to ${finalPage}, which has no link preview.`
    );
  }
  const anchors = Object.fromEntries(
    Object.entries(redirect.anchors ?? {}).map(([anchor, to]) => [
      anchor,
      withBase(input.base, to)
    ])
  );
  return {
    href: withBase(input.base, redirect.to),
    anchors,
    preview: {
      ...target,
      documentTitle: `Moved: ${target.documentTitle ?? target.title}`
    },
    heading: "This page has moved",
    text: `${target.title} now lives at ${absoluteUrl(input.siteUrl, redirect.to)}.`,
    linkText: `Go to ${target.title}`
  };
}
function writeOutput(outDir, path, content) {
  const file = join4(outDir, outputFile(path));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync2(file, content);
}
function builtFileLoader(outDir) {
  return async (path) => {
    const file = join4(outDir, outputFile(path));
    return existsSync2(file) ? readFileSync4(file, "utf8") : void 0;
  };
}
async function publishLinks(input) {
  const { siteConfig, community: community2, rules: rules2, siteUrl: siteUrl2 } = input;
  const { outDir } = siteConfig;
  const base = siteConfig.site.base;
  const pages = sitePagePaths(siteConfig);
  const links = shortLinks(rules2);
  for (const link2 of links) {
    if (pages.includes(link2.path))
      throw new LinkError(
        `The short link ${link2.path} of the rule "${link2.rule.id}" (${link2.rule.source}) hides the page ${link2.path}. Rename the page.`
      );
  }
  const checkedRedirects = checkRedirects(input.redirects, {
    pages,
    generated: links.map((link2) => link2.path)
  });
  const context = { ...input, base };
  for (const link2 of links)
    writeOutput(
      outDir,
      link2.path,
      forwardingPageHtml(shortLinkPage(link2, context))
    );
  for (const { redirect, finalPage } of checkedRedirects) {
    const page = redirectPage(redirect, finalPage, context);
    writeOutput(outDir, redirect.from, forwardingPageHtml(page));
  }
  writeFileSync2(join4(outDir, "_redirects"), redirectsFile(input.redirects));
  writeFileSync2(
    join4(outDir, "robots.txt"),
    `User-agent: *
Allow: /

Sitemap: ${absoluteUrl(siteUrl2, "/sitemap.xml")}
`
  );
  writeOutput(
    outDir,
    "/rules.json",
    `${JSON.stringify(rulesJson(rules2, siteUrl2), null, 2)}
`
  );
  const welcome = checkedWelcomeMessage({ community: community2, rules: rules2, siteUrl: siteUrl2 });
  writeOutput(
    outDir,
    "/slack/welcome.json",
    `${JSON.stringify(welcomeMessagePayload(welcome), null, 2)}
`
  );
  await checkPermalinks(input.registry, builtFileLoader(outDir), base);
}

// .vitepress/previews/build-social-cards.ts
import { relative as relative2 } from "node:path";

// .vitepress/previews/social-card-files.ts
import { createHash as createHash2 } from "node:crypto";
import { existsSync as existsSync3, mkdirSync as mkdirSync2, readFileSync as readFileSync6, writeFileSync as writeFileSync3 } from "node:fs";
import { dirname as dirname3, join as join6 } from "node:path";

// .vitepress/previews/social-card-render.ts
import { readFileSync as readFileSync5 } from "node:fs";
import { createRequire } from "node:module";
import { dirname as dirname2, join as join5 } from "node:path";
import { Resvg } from "file:///work/main/node_modules/@resvg/resvg-js/index.js";
import satori from "file:///work/main/node_modules/satori/dist/index.js";
var __vite_injected_original_import_meta_url2 = "file:///work/wt-tests/.vitepress/previews/social-card-render.ts";
var brand = "#2944d6";
var ink = "#ffffff";
var inkSoft = "#dfe4ff";
var socialCardLayoutVersion = 1;
function loadCardFonts() {
  const require2 = createRequire(__vite_injected_original_import_meta_url2);
  const folder = join5(
    dirname2(require2.resolve("@fontsource/inter/package.json")),
    "files"
  );
  return ["latin", "latin-ext"].flatMap(
    (subset) => [400, 700].map((weight) => ({
      name: "Inter",
      data: readFileSync5(join5(folder, `inter-${subset}-${weight}-normal.woff`)),
      weight,
      style: "normal"
    }))
  );
}
function svgDataUrl(svg) {
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString("base64")}`;
}
function element(type, style, children2, attributes = {}) {
  return { type, key: null, props: { ...attributes, style, children: children2 } };
}
function titleSize(title) {
  return title.length > 60 ? 60 : title.length > 32 ? 72 : 88;
}
function socialCardTree(card, logoUrl) {
  const clamp = (lines) => ({
    display: "block",
    lineClamp: lines,
    width: "100%"
  });
  const main = element(
    "div",
    { display: "flex", flexDirection: "column", width: "100%" },
    [
      ...card.eyebrow ? [
        element(
          "div",
          { fontSize: 32, fontWeight: 700, color: inkSoft, ...clamp(1) },
          card.eyebrow
        )
      ] : [],
      element(
        "div",
        {
          marginTop: card.eyebrow ? 28 : 0,
          fontSize: titleSize(card.title),
          fontWeight: 700,
          lineHeight: 1.1,
          letterSpacing: "-0.02em",
          ...clamp(3)
        },
        card.title
      ),
      ...card.text ? [
        element(
          "div",
          {
            marginTop: 28,
            fontSize: 32,
            lineHeight: 1.35,
            color: inkSoft,
            ...clamp(3)
          },
          card.text
        )
      ] : []
    ]
  );
  const logo = element(
    "div",
    {
      display: "flex",
      padding: 8,
      borderRadius: 18,
      backgroundColor: ink
    },
    [element("img", {}, [], { src: logoUrl, width: 56, height: 56 })]
  );
  const footer = element(
    "div",
    { display: "flex", alignItems: "center", gap: 20, fontSize: 30 },
    card.siteName === card.title ? [logo] : [logo, element("div", { fontWeight: 700 }, card.siteName)]
  );
  return element(
    "div",
    {
      display: "flex",
      flexDirection: "column",
      justifyContent: "space-between",
      // Satori sizes boxes without their padding unless told otherwise.
      boxSizing: "border-box",
      width: socialCardSize.width,
      height: socialCardSize.height,
      padding: "72px 88px",
      backgroundColor: brand,
      color: ink,
      fontFamily: "Inter"
    },
    [main, footer]
  );
}
async function renderSocialCard(card, assets) {
  const tree = socialCardTree(card, assets.logoUrl);
  const svg = await satori(tree, {
    ...socialCardSize,
    fonts: assets.fonts
  });
  return new Resvg(svg, {
    fitTo: { mode: "width", value: socialCardSize.width }
  }).render().asPng();
}

// .vitepress/previews/social-card-files.ts
function readLogo(file, shownAs) {
  if (!existsSync3(file)) {
    throw new ContentError(
      shownAs,
      "the site has no logo for its social cards.",
      `Add an SVG logo at ${shownAs} (the favicon).`
    );
  }
  const svg = readFileSync6(file, "utf8");
  if (!/<svg[\s>]/.test(svg)) {
    throw new ContentError(
      shownAs,
      "the logo is not an SVG image.",
      "Save the logo as SVG: social cards and the favicon use it."
    );
  }
  return svg;
}
function socialCardHash(card, logoSvg) {
  const { eyebrow, title, text: text2, siteName } = card;
  return createHash2("sha256").update(
    JSON.stringify({
      layout: socialCardLayoutVersion,
      card: { eyebrow, title, text: text2, siteName },
      logoSvg
    })
  ).digest("hex").slice(0, 20);
}
async function writeSocialCards(input) {
  const cacheFolder = join6(input.cacheDir, "social-cards");
  mkdirSync2(cacheFolder, { recursive: true });
  let assets;
  const result = { drawn: 0, cached: 0 };
  const unique = new Map(input.cards.map((card) => [card.path, card]));
  for (const card of unique.values()) {
    const cached = join6(
      cacheFolder,
      `${socialCardHash(card, input.logoSvg)}.png`
    );
    if (existsSync3(cached)) {
      result.cached++;
    } else {
      assets ??= {
        fonts: loadCardFonts(),
        logoUrl: svgDataUrl(input.logoSvg)
      };
      writeFileSync3(cached, await renderSocialCard(card, assets));
      result.drawn++;
    }
    const file = join6(input.outDir, card.path);
    mkdirSync2(dirname3(file), { recursive: true });
    writeFileSync3(file, readFileSync6(cached));
  }
  return result;
}

// .vitepress/previews/build-social-cards.ts
function siteSocialCards(input) {
  const { community: community2 } = input;
  return [
    siteSocialCard(community2),
    ...[...input.pages].map(
      ([path, { title }]) => pageCard({ path, title }, community2)
    ),
    ...input.rules.map(
      (rule) => ruleSocialCard(rule, community2, input.rulesTitle)
    )
  ];
}
async function buildSocialCards(input) {
  const started = performance.now();
  const { drawn, cached } = await writeSocialCards({
    cards: siteSocialCards(input),
    outDir: input.siteConfig.outDir,
    cacheDir: input.siteConfig.cacheDir,
    logoSvg: readLogo(
      input.logoFile,
      relative2(input.siteConfig.root, input.logoFile)
    )
  });
  const seconds = ((performance.now() - started) / 1e3).toFixed(1);
  input.siteConfig.logger.info(
    `social cards: ${drawn} drawn, ${cached} from the cache, in ${seconds}s`
  );
}

// .vitepress/content-links/check-links.ts
import { existsSync as existsSync4, statSync } from "node:fs";
import { join as join7 } from "node:path";

// .vitepress/content-links/link-problems.ts
function isExternal(href) {
  return /^[a-z][a-z\d+.-]*:/i.test(href) || href.startsWith("//");
}
function resolvePath(from, path) {
  const parts = path.startsWith("/") ? [] : from.split("/").slice(0, -1);
  for (const part of path.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== "." && part !== "") parts.push(part);
  }
  const joined = parts.join("/");
  return joined !== "" && path.endsWith("/") ? `${joined}/` : joined;
}
function candidateFiles(path) {
  if (path === "" || path.endsWith("/")) return [`${path}index.md`];
  if (path.endsWith(".md")) return [path];
  if (path.endsWith(".html")) return [path.replace(/\.html$/, ".md")];
  return [`${path}.md`, `${path}/index.md`];
}
function closest(wanted, options) {
  let best;
  for (const option of options) {
    const distance = editDistance(wanted, option);
    if (!best || distance < best.distance) best = { option, distance };
  }
  return best && best.distance <= Math.max(2, wanted.length / 3) ? best.option : void 0;
}
function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (const [i, letter] of [...a].entries()) {
    const current = [i + 1];
    for (const [j, other] of [...b].entries()) {
      current.push(
        Math.min(
          (previous[j + 1] ?? 0) + 1,
          (current[j] ?? 0) + 1,
          (previous[j] ?? 0) + (letter === other ? 0 : 1)
        )
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
function linkProblem(file, link2, targets) {
  const { href, location } = link2;
  if (isExternal(href)) return void 0;
  const hash = href.indexOf("#");
  const rawPath = hash === -1 ? href : href.slice(0, hash);
  const fragment = hash === -1 ? void 0 : href.slice(hash + 1);
  const path = decodeURI(rawPath.replace(/\?.*$/, ""));
  let target = file;
  if (path !== "") {
    const resolved = resolvePath(file, path);
    if (targets.isServed(`/${resolved}`)) return void 0;
    const extension = /\.([a-z\d]+)$/i.exec(resolved)?.[1]?.toLowerCase();
    if (extension && extension !== "md" && extension !== "html") {
      return new ContentError(
        location,
        `the link "${href}" leads to no file: nothing is served at /${resolved}.`,
        "Put the file in public/, or fix the path."
      );
    }
    const found = candidateFiles(resolved).find(
      (candidate) => targets.pages.has(candidate)
    );
    if (!found) {
      const guess2 = closest(resolved.replace(/\.(md|html)$/, "") + ".md", [
        ...targets.pages.keys()
      ]);
      return new ContentError(
        location,
        `the link "${href}" leads to no page.`,
        guess2 ? `Did you mean ${path.startsWith("/") ? "/" : "./"}${guess2}? Link to a page by its file in docs/.` : `Link to a page by its file in docs/: ${[...targets.pages.keys()].join(", ")}.`
      );
    }
    target = found;
  }
  if (fragment === void 0 || fragment === "") return void 0;
  const ids = targets.pages.get(target)?.ids ?? /* @__PURE__ */ new Set();
  const id = decodeURIComponent(fragment);
  if (ids.has(id)) return void 0;
  const guess = closest(id, ids);
  return new ContentError(
    location,
    `the link "${href}" leads to no heading or rule "#${id}" on docs/${target}.`,
    guess ? `Did you mean #${guess}?` : "Link to a heading by its {#id}, or to a rule by its id."
  );
}
function linkProblems(targets) {
  return [...targets.pages].flatMap(
    ([file, page]) => page.links.flatMap((link2) => linkProblem(file, link2, targets) ?? [])
  );
}

// .vitepress/content-links/check-links.ts
var idPattern = /\sid="([^"]+)"/g;
function createContentLinkCheck(options) {
  const { publicDir } = options;
  const pages = /* @__PURE__ */ new Map();
  function markdownPlugin(md) {
    md.core.ruler.push("collect_links", (state) => {
      const env = state.env;
      const links = env.markdownLinks ??= [];
      for (const block of state.tokens) {
        for (const token of block.children ?? []) {
          const href = token.type === "link_open" && token.attrGet("href");
          if (href)
            links.push({ href, location: sourceLocation(env, block.map) });
        }
      }
    });
    const render = md.render.bind(md);
    md.render = (src, env = {}) => {
      const html = render(src, env);
      if (env.relativePath) {
        pages.set(env.relativePath, {
          links: env.markdownLinks ?? [],
          ids: new Set(
            [...html.matchAll(idPattern)].map((match) => match[1] ?? "")
          )
        });
      }
      env.markdownLinks = [];
      return html;
    };
  }
  let site;
  const vitePlugin = {
    name: "community-docs:content-links",
    configResolved(config) {
      site = config.vitepress;
    },
    buildEnd(error) {
      if (error || !site) return;
      const known = new Map(site.pages.map((page) => [page, pages.get(page)]));
      const targets = new Map(
        [...known].map(([page, links]) => [
          page,
          links ?? { links: [], ids: /* @__PURE__ */ new Set() }
        ])
      );
      const generated = new Set(options.generated());
      failOnContentErrors(
        linkProblems({
          pages: targets,
          isServed: (path) => {
            if (generated.has(path)) return true;
            const file = join7(publicDir, path);
            return existsSync4(file) && statSync(file).isFile();
          }
        })
      );
    }
  };
  return { markdownPlugin, vitePlugin };
}

// .vitepress/plugins/code-copy-label.ts
var copyButton = /<button title="([^"]*)" class="copy">/g;
function codeCopyLabelPlugin(md) {
  const fence = md.renderer.rules.fence;
  if (!fence) return;
  md.renderer.rules.fence = (...args) => fence(...args).replace(
    copyButton,
    '<button title="$1" class="copy" aria-label="$1">'
  );
}

// .vitepress/transforms/last-updated.ts
function formatLastUpdated(timestamp, lang) {
  if (!timestamp || !Number.isFinite(timestamp)) return void 0;
  return new Intl.DateTimeFormat(lang, {
    dateStyle: "long",
    timeZone: "UTC"
  }).format(new Date(timestamp));
}

// .vitepress/transforms/load-scripts-after-paint.ts
var afterPaintLoader = '(()=>{const d=document.currentScript.dataset;let started=false;const load=()=>{if(started)return;started=true;for(const h of d.preload.split(" ")){if(!h)continue;const l=document.createElement("link");l.rel="modulepreload";l.href=h;document.head.append(l)}const s=document.createElement("script");s.type="module";s.src=d.app;document.head.append(s)};setTimeout(load,5000);if((PerformanceObserver.supportedEntryTypes||[]).includes("paint"))new PerformanceObserver((list,observer)=>{if(list.getEntriesByName("first-contentful-paint").length){observer.disconnect();load()}}).observe({type:"paint",buffered:true});else requestAnimationFrame(()=>setTimeout(load))})()';
var moduleScriptPattern = /<script type="module" src="([^"]+)"><\/script>\n?[ \t]*/g;
var modulePreloadPattern = /<link rel="modulepreload" href="([^"]+)">\n?[ \t]*/g;
var clientRenderedPattern = /<div id="app"><\/div>/;
var escapeAttribute2 = (value) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
function loadScriptsAfterPaint(html, page) {
  if (clientRenderedPattern.test(html)) return html;
  const apps = [...html.matchAll(moduleScriptPattern)].map(
    (match) => match[1] ?? ""
  );
  const [app] = apps;
  if (app === void 0 || apps.length !== 1) {
    throw new Error(
      `${page}: expected one <script type="module" src="\u2026"> from VitePress, found ${apps.length}. Has VitePress changed its HTML? See .vitepress/transforms/load-scripts-after-paint.ts.`
    );
  }
  const preloads = [...html.matchAll(modulePreloadPattern)].map(
    (match) => match[1] ?? ""
  );
  const loader = `<script id="load-after-paint" data-app="${escapeAttribute2(app)}" data-preload="${escapeAttribute2(preloads.join(" "))}">${afterPaintLoader}</script>
    `;
  return html.replace(modulePreloadPattern, "").replace(moduleScriptPattern, () => loader);
}

// .vitepress/plugins/resource-list-check.ts
var tagPattern = /<ResourceLinkList\b([^>]*)>/g;
var groupPattern = /(?:^|\s)group\s*=\s*(?:"([^"]*)"|'([^']*)')/;
var itemsBindingPattern = /(?:^|\s)(?::|v-bind:)items\s*=/;
function problemWith(attributes, groups) {
  if (itemsBindingPattern.test(attributes)) return void 0;
  const match = groupPattern.exec(attributes);
  const choices = groups.map((group2) => `group="${group2}"`).join(", ");
  if (!match) return `<ResourceLinkList> needs a group: ${choices}.`;
  const group = match[1] ?? match[2] ?? "";
  if (!groups.includes(group)) {
    return `<ResourceLinkList group="${group}">: unknown group. Use one of: ${choices}.`;
  }
  return void 0;
}
function resourceListCheckPlugin(md, options) {
  md.core.ruler.push("resource_list_check", (state) => {
    for (const block of state.tokens) {
      const sources = [
        ...block.type === "html_block" || block.type === "html_inline" ? [block.content] : [],
        ...(block.children ?? []).filter((token) => token.type === "html_inline").map((token) => token.content)
      ];
      for (const source of sources) {
        for (const tag of source.matchAll(tagPattern)) {
          const problem = problemWith(tag[1] ?? "", options.groups);
          if (!problem) continue;
          const offset = source.slice(0, tag.index).split("\n").length - 1;
          const map = block.map ? [block.map[0] + offset, block.map[1]] : null;
          throw new Error(`${sourceLocation(state.env, map)}: ${problem}`);
        }
      }
    }
  });
}

// .vitepress/plugins/sanitize-page.ts
import { existsSync as existsSync6, readFileSync as readFileSync8 } from "node:fs";
import { join as join9, relative as relative4, resolve as resolve2, sep as sep3 } from "node:path";

// .vitepress/content/page-schema.ts
import { z } from "file:///work/main/node_modules/zod/index.js";

// .vitepress/content/html-allowlist.ts
var globalAttributes = [
  "abbr",
  "align",
  "alt",
  "aria-describedby",
  "aria-hidden",
  "aria-label",
  "aria-labelledby",
  "class",
  "colspan",
  "datetime",
  "dir",
  "headers",
  "height",
  "id",
  "lang",
  "rowspan",
  "scope",
  "span",
  "start",
  "summary",
  "tabindex",
  "title",
  "valign",
  "width"
];
var htmlElements = {
  ...Object.fromEntries(
    [
      ...["h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "span", "br", "hr"],
      ...["b", "i", "strong", "em", "pre", "code", "tt", "sup", "sub", "s"],
      ...["strike", "kbd", "samp", "var", "mark", "small", "abbr", "bdo"],
      ...["dfn", "time", "wbr", "ruby", "rt", "rp", "ul", "dl", "dt", "dd"],
      ...["table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption"],
      ...["figure", "figcaption", "summary", "cite", "nav", "button"]
    ].map((name) => [name, []])
  ),
  a: ["href", "target", "rel", "hreflang"],
  img: ["src", "loading"],
  ol: ["type", "reversed"],
  li: ["value"],
  blockquote: ["cite"],
  q: ["cite"],
  del: ["cite"],
  ins: ["cite"],
  details: ["open"],
  // Code groups: tabs are radio buttons and their labels.
  input: ["type", "name", "checked", "disabled"],
  label: ["for", "data-title"]
};
var attributeValues = {
  target: /^_blank$/,
  rel: /^(?:noreferrer|noopener|nofollow)(?: (?:noreferrer|noopener|nofollow))*$/,
  tabindex: /^(?:-1|0)$/,
  // Code groups use radio buttons; GitHub task lists use checkboxes.
  type: /^(?:radio|checkbox|1|a|A|i|I)$/,
  loading: /^(?:lazy|eager)$/,
  id: /^[^\s]+$/
};
var classNames = /* @__PURE__ */ new Set([
  // Header anchors, [[toc]], tables of contents
  ...["header-anchor", "table-of-contents"],
  // Custom containers, details, GitHub alerts, ::: raw
  ...["custom-block", "custom-block-title", "github-alert", "vp-raw"],
  ...["tip", "info", "warning", "danger", "details", "note", "important"],
  "caution",
  // Code blocks and code groups
  ...["vp-code-group", "tabs", "blocks", "active", "vp-adaptive-theme"],
  ...["copy", "lang", "shiki", "shiki-themes", "vp-code", "line"],
  ...["github-light", "github-dark", "has-highlighted", "has-diff"],
  ...["has-focused-lines", "highlighted", "error", "has-focus", "diff"],
  ...["add", "remove", "line-numbers-mode", "line-numbers-wrapper"],
  "line-number",
  // Ours: the rule-container plugin's anchors for a rule's former ids
  "rule-alias-anchor"
]);
var languageClass = /^language-[\w+#.-]+$/;
function isAllowedClass(name) {
  return classNames.has(name) || languageClass.test(name);
}
function isAllowedStyle(element2, value) {
  if (element2 === "span")
    return /^(?:--shiki-[a-z-]+:(?:#[0-9a-fA-F]{3,8}|italic|bold|underline|normal|none|inherit);?)+$/.test(
      value
    );
  if (element2 === "th" || element2 === "td")
    return /^text-align: ?(?:left|center|right);?$/.test(value);
  return false;
}
var urlAttributes2 = /* @__PURE__ */ new Set(["href", "src", "cite"]);
var linkSchemes = /* @__PURE__ */ new Set(["http", "https", "mailto"]);
function urlProblem(url, use) {
  const plain = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "");
  const scheme2 = /^([a-z][a-z0-9+.-]*):/i.exec(plain)?.[1]?.toLowerCase();
  const otherHost = /^[/\\]{2}/.test(plain);
  if (use === "image") {
    if (scheme2 === "data") return "a data: URL is not allowed";
    if (scheme2 || otherHost)
      return "an image from another site is a request that tells that site who reads the page; put the image in public/ and use a relative path";
    return void 0;
  }
  if (scheme2 && !linkSchemes.has(scheme2))
    return `the ${scheme2}: scheme is not allowed; links may use http:, https:, mailto: or a path on this site`;
  if (otherHost)
    return "a link starting with // is not allowed; write https:// in full";
  return void 0;
}
var elementReasons = {
  script: "it runs code in readers\u2019 browsers",
  style: "it restyles the whole site, and can load from anywhere",
  iframe: "it embeds another site",
  frame: "it embeds another site",
  object: "it embeds external content",
  embed: "it embeds external content",
  form: "it sends readers\u2019 input anywhere",
  base: "it changes where every link on the page points",
  meta: "it can redirect the page",
  link: "it loads files from anywhere",
  svg: "SVG can run code (animate, set, foreignObject)",
  math: "MathML can hide HTML from the sanitizer",
  template: "only a component\u2019s named slot, directly inside it, may be a <template>",
  textarea: "it is a form field",
  select: "it is a form field"
};

// .vitepress/content/page-schema.ts
var text = z.string({ error: "must be text" }).refine((value) => value.trim() !== "", { error: "must not be empty" }).refine((value) => !value.includes("<"), {
  error: 'must be plain text: "<" is not allowed'
});
var link = z.string({ error: "must be a link" }).superRefine((value, ctx) => {
  const problem = value.startsWith("community:") ? void 0 : urlProblem(value, "link");
  if (problem)
    ctx.addIssue({
      code: "custom",
      message: `is not an allowed link: ${problem}`
    });
});
var calendarDate = z.string({
  error: "must be a date written YYYY-MM-DD in quotes, such as '2026-11-25'"
}).refine(
  (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && (/* @__PURE__ */ new Date(`${value}T00:00:00Z`)).toISOString().startsWith(value),
  { error: "must be a date written YYYY-MM-DD, such as '2026-11-25'" }
);
var version = z.string({ error: "must be text in quotes, such as version: '1.1'" }).refine((value) => value.trim() !== "", {
  error: "must be text in quotes, such as version: '1.1'"
});
var changelogEntrySchema = z.strictObject({
  version,
  date: calendarDate,
  summary: text
});
var pageFrontmatterSchema = z.strictObject({
  title: text,
  description: text,
  // Policy pages (see policy/frontmatter.ts)
  version: version.optional(),
  effectiveDate: calendarDate.optional(),
  changelog: z.array(changelogEntrySchema).min(1).optional(),
  // The home page
  layout: z.enum(["home", "doc", "page"]).optional(),
  hero: z.strictObject({
    name: text,
    text: text.optional(),
    tagline: text.optional(),
    actions: z.array(
      z.strictObject({
        theme: z.enum(["brand", "alt"]).optional(),
        text,
        link
      })
    ).optional()
  }).optional(),
  features: z.array(
    z.strictObject({
      title: text,
      details: text.optional(),
      link: link.optional(),
      linkText: text.optional()
    })
  ).optional(),
  // Pages outside the reading order (prev/next links off)
  prev: z.literal(false).optional(),
  next: z.literal(false).optional()
});
var missingHints = {
  title: "Every page needs a title: the browser tab and search results show it.",
  description: "Every page needs a one-sentence description: search engines and link previews in Slack show it."
};
function defaultMessage(issue) {
  if (issue.code === "invalid_type")
    return issue.expected === "array" ? "must be a list" : issue.expected === "object" ? 'must be a list of "key: value" lines' : `must be ${issue.expected === "string" ? "text" : issue.expected}`;
  if (issue.code === "invalid_value") return "is not one of the allowed values";
  return "is not valid";
}
function fieldName(path) {
  return path.map(
    (key, index) => typeof key === "number" ? `[${key}]` : `${index > 0 ? "." : ""}${String(key)}`
  ).join("");
}
function shown(value) {
  if (typeof value === "string") return `"${value}"`;
  if (value instanceof Date)
    return `${value.toISOString().slice(0, 10)} (a date)`;
  return `${JSON.stringify(value)} (${Array.isArray(value) ? "a list" : `a ${typeof value}`})`;
}
function frontmatterProblems(page) {
  if (!page.hasFrontmatter)
    return [
      {
        line: 1,
        message: 'the page has no frontmatter. Start it with a block between two "---" lines holding its title and description.'
      }
    ];
  const result = pageFrontmatterSchema.safeParse(page.data, {
    reportInput: true,
    error: defaultMessage
  });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys")
      return issue.keys.map((key) => ({
        line: page.lineOf([...issue.path, key]),
        message: unknownKeyMessage(fieldName([...issue.path, key]))
      }));
    const field = fieldName(issue.path);
    const message = issue.input === void 0 ? `the frontmatter has no "${field}". ${missingHints[field] ?? ""}`.trim() : `"${field}" ${issue.message}; found ${shown(issue.input)}.`;
    return [{ line: page.lineOf(issue.path), message }];
  });
}
function unknownKeyMessage(field) {
  if (field === "head")
    return `"head" is not allowed in frontmatter: the tags in a page's head (link previews, icons) come only from the site's code.`;
  return `"${field}" is not a frontmatter key this site supports; the keys are listed in .vitepress/content/page-schema.ts.`;
}

// .vitepress/content/sanitize.ts
import sanitizeHtml from "file:///work/main/node_modules/sanitize-html/index.js";
import { decodeHTMLAttribute } from "file:///work/main/node_modules/entities/dist/esm/index.js";

// .vitepress/theme/markdown-components.ts
var markdownComponents = {
  AccessibilityFeedback: { props: {} },
  ContactList: { props: {} },
  CopyableText: { props: { text: "text", label: "text", caption: "text" } },
  PolicyChanges: { props: { policy: "id" } },
  // Inserted by the policy-version Markdown plugin, not written by hand.
  PolicyVersion: {
    props: { version: "text", "effective-date": "text", "changes-link": "path" }
  },
  ReportChecklist: { props: {} },
  ReportRoutes: { props: {} },
  ReportTimeline: { props: {} },
  ResourceLinkList: { props: { group: "id" } },
  // Written by the rule-container Markdown plugin from a `::: rule` block.
  RuleCard: {
    props: {
      "rule-id": "id",
      ":number": "integer",
      title: "text",
      summary: "text",
      ":aliases": "string-list"
    },
    slots: ["examples", "consequence"]
  },
  RuleExample: { props: { kind: ["good", "poor"] } },
  WelcomeMessage: { props: { format: ["mrkdwn", "block-kit"] } }
};
var markdownComponentNames = Object.keys(
  markdownComponents
);

// .vitepress/content/sanitize.ts
var lineMarker = (line2) => `\uE000${line2}\uE001`;
var lineMarkers = /\uE000(\d+)\uE001/;
var components = markdownComponents;
var knownElements = [
  ...Object.keys(htmlElements),
  ...Object.keys(components),
  "template"
];
var nonTextTags = ["script", "style", "textarea", "option", "title", "xmp"];
function checkProp(kind, value) {
  if (Array.isArray(kind))
    return kind.includes(value) ? { value } : { problem: `must be one of ${kind.join(", ")}` };
  if (kind === "text") return { value };
  if (kind === "id")
    return /^[a-z0-9][a-z0-9-]*$/.test(value) ? { value } : { problem: "must be an id such as before-you-ask" };
  if (kind === "path")
    return /^\/(?![/\\])[^\s:]*$/.test(value) ? { value } : { problem: "must be a path on this site, such as /changes" };
  if (kind === "integer")
    return /^\d{1,6}$/.test(value.trim()) ? { value: String(Number(value)) } : { problem: 'must be a whole number, such as :number="3"' };
  try {
    const list = JSON.parse(value);
    if (Array.isArray(list) && list.every((item) => typeof item === "string"))
      return { value: JSON.stringify(list) };
  } catch {
  }
  return { problem: 'must be a list of texts, such as ["rule-1"]' };
}
function checkAttributes(tag, parent, attributes, report) {
  const kept = {};
  const component = components[tag];
  for (const [name, value] of Object.entries(attributes)) {
    const attribute2 = `${name}=${JSON.stringify(value)} on <${tag}>`;
    if (component) {
      const kind = component.props[name];
      if (kind === void 0) {
        report(
          `${attribute2}: ${tag} takes ${Object.keys(component.props).join(", ") || "no props"}`
        );
        continue;
      }
      const checked = checkProp(kind, value);
      if ("problem" in checked) report(`${attribute2}: ${checked.problem}`);
      else kept[name] = checked.value;
      continue;
    }
    if (tag === "template" && parent && components[parent]) {
      const slot = /^#(.+)$/.exec(name)?.[1];
      if (slot && value === "" && components[parent].slots?.includes(slot))
        kept[name] = "";
      else report(`${attribute2}: ${parent} has no slot "${name}"`);
      continue;
    }
    if (name === "v-pre" && value === "" && (tag === "pre" || tag === "div")) {
      kept[name] = "";
      continue;
    }
    const problem = attributeProblem(tag, name, value);
    if (problem) report(`${attribute2}: ${problem}`);
    else kept[name] = value;
  }
  return kept;
}
function attributeProblem(tag, name, value) {
  if (/^on/i.test(name)) return "an event handler runs code";
  if (/^(?:v-|[:@#.])/.test(name))
    return "a Vue directive runs code at build time and in readers\u2019 browsers";
  if (name === "style")
    return isAllowedStyle(tag, value) ? void 0 : "a style attribute can cover the page or load files";
  if (!globalAttributes.includes(name) && !htmlElements[tag]?.includes(name))
    return `<${tag}> may not have this attribute`;
  if (decodeHTMLAttribute(value) !== value)
    return 'a character reference without its ";" is read differently by browsers';
  if (urlAttributes2.has(name))
    return urlProblem(value, tag === "img" ? "image" : "link");
  if (name === "class") {
    const unknown = value.split(/\s+/).filter((c) => c && !isAllowedClass(c));
    return unknown.length ? `class ${unknown.join(", ")} is not one that Markdown produces` : void 0;
  }
  const pattern = attributeValues[name];
  return pattern && !pattern.test(value) ? "this value is not allowed" : void 0;
}
function elementProblem(tag, parent) {
  const reason = elementReasons[tag.toLowerCase()];
  if (reason) return `<${tag}> is not allowed: ${reason}`;
  if (/^[A-Z]|-/.test(tag))
    return `<${tag}> is not one of the components pages may use (${Object.keys(components).join(", ")})`;
  return parent && tag === "template" ? `<template> inside <${parent}> is not allowed` : `<${tag}> is not an element pages may use`;
}
function sanitizePageHtml(html) {
  const removals = [];
  const stack = [];
  let line2;
  const report = (message) => removals.push({ line: line2, message });
  const clean = sanitizeHtml(html, {
    allowedTags: knownElements,
    // Attributes are checked (and reported) in transformTags below.
    allowedAttributes: false,
    allowedSchemes: ["http", "https", "mailto"],
    allowedSchemesByTag: { img: [] },
    allowProtocolRelative: false,
    parseStyleAttributes: false,
    nonBooleanAttributes: [],
    selfClosing: ["img", "br", "hr", "input", "wbr"],
    nonTextTags,
    parser: {
      lowerCaseTags: false,
      lowerCaseAttributeNames: false,
      recognizeSelfClosing: true
    },
    onOpenTag: (name) => stack.push(name),
    onCloseTag: () => stack.pop(),
    transformTags: {
      "*": (tagName, attribs) => {
        const parent = stack.at(-2);
        const allowed = tagName === "template" ? parent !== void 0 && components[parent]?.slots !== void 0 : knownElements.includes(tagName);
        if (!allowed) {
          report(elementProblem(tagName, parent));
          return { tagName: removedTagName(tagName), attribs: {} };
        }
        return {
          tagName,
          attribs: checkAttributes(tagName, parent, attribs, report)
        };
      }
    },
    textFilter: (text2) => {
      const parts = text2.split(lineMarkers);
      for (const [index, part] of parts.entries()) {
        if (index % 2 === 1) line2 = Number(part);
        else if (line2 !== void 0) line2 += part.split("\n").length - 1;
      }
      const plain = parts.filter((_, index) => index % 2 === 0).join("");
      return plain.replace(/\{/g, "&#123;").replace(/\}/g, "&#125;");
    }
  });
  return { html: clean, removals };
}
function removedTagName(tagName) {
  const lower = tagName.toLowerCase();
  if (nonTextTags.includes(lower)) return lower;
  return knownElements.includes(tagName) ? "removed-element" : tagName;
}

// .vitepress/content/includes.ts
import { existsSync as existsSync5, readFileSync as readFileSync7 } from "node:fs";
import { dirname as dirname4, join as join8, relative as relative3, resolve, sep as sep2 } from "node:path";
var includePattern = /<!--\s*@include:\s*(.*?)\s*-->/g;
function includeProblems(srcDir, file, source, shownAs = "docs") {
  const problems = [];
  for (const match of source.matchAll(includePattern)) {
    const target = match[1] ?? "";
    if (target === "") continue;
    const line2 = source.slice(0, match.index).split("\n").length;
    const where = { file: `${shownAs}/${file}`, line: line2 };
    const path = target.startsWith("@") ? join8(srcDir, target.slice(target[1] === "/" ? 2 : 1)) : join8(dirname4(join8(srcDir, file)), target);
    const inside = relative3(srcDir, resolve(path));
    if (inside.startsWith("..") || inside.startsWith(sep2))
      problems.push({
        ...where,
        message: `"${target}" is outside the pages folder; only .md files under ${shownAs}/ may be included.`
      });
    else if (!inside.endsWith(".md"))
      problems.push({
        ...where,
        message: `"${target}" is not a whole .md file (no other files, #regions or {line,ranges}); only .md files under ${shownAs}/ may be included.`
      });
  }
  return problems;
}
function expandIncludes(srcDir, file, source) {
  const pieces = [];
  let text2 = "";
  const files = [];
  const append = (piece, from, line2) => {
    pieces.push({ start: text2.length, file: from, line: line2 });
    text2 += piece;
  };
  const expand = (from, body, firstLine) => {
    let last = 0;
    const lineAt = (index) => firstLine + body.slice(0, index).split("\n").length - 1;
    for (const match of body.matchAll(includePattern)) {
      const target = match[1] ?? "";
      const path = target.startsWith("@") ? join8(srcDir, target.slice(target[1] === "/" ? 2 : 1)) : join8(dirname4(join8(srcDir, from)), target);
      const included = relative3(srcDir, path);
      if (!target || !included.endsWith(".md") || !existsSync5(path)) continue;
      append(body.slice(last, match.index), from, lineAt(last));
      files.push(included);
      const page = readPage(readFileSync7(path, "utf8"), included);
      expand(included, page.body, page.bodyOffset + 1);
      last = match.index + match[0].length;
    }
    append(body.slice(last), from, lineAt(last));
  };
  expand(file, source, 1);
  return {
    text: text2,
    files,
    origin(line2) {
      const index = line2 > 1 ? text2.split("\n").slice(0, line2 - 1).join("\n").length + 1 : 0;
      const piece = pieces.filter(({ start }) => start <= index).at(-1);
      if (!piece) return { file, line: line2 };
      const before = text2.slice(piece.start, index).split("\n").length - 1;
      return { file: piece.file, line: piece.line + before };
    }
  };
}
function pagesFolderProblems(srcDir, shownAs = "docs") {
  const problems = [];
  for (const file of listFiles(srcDir)) {
    if (!file.endsWith(".md") || file.includes("node_modules/")) continue;
    const source = readFileSync7(join8(srcDir, file), "utf8");
    try {
      readPage(source, `${shownAs}/${file}`);
    } catch (error) {
      if (!isContentError(error)) throw error;
      const [path, line2] = error.location.split(":");
      problems.push({
        file: path ?? file,
        line: Number(line2) || void 0,
        message: error.message.slice(error.location.length + 2)
      });
    }
    problems.push(...includeProblems(srcDir, file, source, shownAs));
  }
  return problems;
}
function pagesPreflightPlugin(srcDir) {
  const check = () => {
    const [first, ...more] = pagesFolderProblems(srcDir);
    if (first)
      throw new ContentError(
        first.line ? `${first.file}:${first.line}` : first.file,
        first.message,
        more.length > 0 ? `${more.length} more problems: npm run lint:content lists them all.` : void 0
      );
  };
  return {
    name: "community-docs:pages-preflight",
    enforce: "pre",
    configureServer: check,
    buildStart: check
  };
}

// .vitepress/plugins/sanitize-page.ts
function sanitizePagePlugin(md, { srcDir, pagesFolder: pagesFolder3 = "docs" }) {
  markBlockLines(md);
  const render = md.render.bind(md);
  let depth = 0;
  md.render = (src, env = {}) => {
    if (depth > 0) return render(src, env);
    const file = `${pagesFolder3}/${env.relativePath ?? "page.md"}`;
    const problems = [];
    const fail2 = () => {
      if (env.contentProblems) {
        env.contentProblems.push(...problems);
        return "";
      }
      const [first] = problems;
      throw new ContentError(
        first?.line ? `${first.file}:${first.line}` : file,
        first?.message ?? "",
        problems.length > 1 ? `${problems.length - 1} more problems: npm run lint:content lists them all.` : void 0
      );
    };
    let offset;
    try {
      const page = readPage(src, file);
      offset = page.bodyOffset;
      for (const problem of frontmatterProblems(page))
        problems.push({ file, ...problem });
    } catch (error) {
      if (!isContentError(error)) throw error;
      const line2 = Number(/:(\d+)$/.exec(error.location)?.[1]) || void 0;
      problems.push({
        file,
        line: line2,
        message: error.message.slice(error.location.length + 2)
      });
      return fail2();
    }
    env.frontmatterLines = offset;
    env.sanitizeMarkers = true;
    depth++;
    let html;
    try {
      html = render(src, env);
    } finally {
      depth--;
      env.sanitizeMarkers = false;
    }
    const origin = includedLines(srcDir, env, src);
    const at = (line2) => {
      if (line2 === void 0) return { file };
      const found = origin(line2 + 1 + offset);
      return { file: `${pagesFolder3}/${found.file}`, line: found.line };
    };
    for (const kind of ["scripts", "styles", "customBlocks"])
      for (const block of env.sfcBlocks?.[kind] ?? [])
        problems.push({ ...at(blockLine(block)), message: sfcMessage(kind) });
    if (env.sfcBlocks) {
      for (const list of Object.values(env.sfcBlocks))
        if (Array.isArray(list)) list.length = 0;
    }
    for (const included of env.includes ?? []) {
      const problem = includeProblem(srcDir, included);
      if (problem) problems.push({ file, message: problem });
    }
    const clean = sanitizePageHtml(html);
    for (const removal of clean.removals)
      problems.push({ ...at(removal.line), message: removal.message });
    return problems.length > 0 ? fail2() : clean.html;
  };
}
function includedLines(srcDir, env, src) {
  const page = env.relativePath ?? "page.md";
  const own = (line2) => ({ file: page, line: line2 });
  const path = join9(srcDir, page);
  if (!env.includes?.length || !existsSync6(path)) return own;
  let expanded;
  try {
    expanded = expandIncludes(srcDir, page, readFileSync8(path, "utf8"));
  } catch {
    return own;
  }
  return expanded.text === src ? expanded.origin : own;
}
function includeProblem(srcDir, included) {
  const path = relative4(srcDir, resolve2(srcDir, included));
  if (path.startsWith("..") || path.startsWith(sep3) || /^[a-z]:/i.test(path))
    return `the include of ${included} reaches outside the pages folder; only .md files under it may be included.`;
  if (!path.endsWith(".md"))
    return `the include of ${path} is not a .md file; only .md files may be included, and they are sanitized like any page.`;
  return void 0;
}
function sfcMessage(kind) {
  const what = {
    scripts: "a <script>",
    styles: "a <style>",
    customBlocks: "a custom"
  }[kind];
  return `${what} block is not allowed in a page: VitePress would make it part of the page's code. Use a component from .vitepress/theme/markdown-components.ts.`;
}
function blockLine(block) {
  return block.sanitizeLine;
}
function markBlockLines(md) {
  const { rules: rules2 } = md.renderer;
  const mark = (rule) => (tokens, index, options, env, self) => {
    const token = tokens[index];
    const rendered = rule(tokens, index, options, env, self);
    if (!env.sanitizeMarkers || !token?.map || token.nesting < 0)
      return rendered;
    return lineMarker(token.map[0]) + rendered;
  };
  for (const [type, rule] of Object.entries(rules2))
    if (rule && type !== "html_block") rules2[type] = mark(rule);
  const htmlBlock = rules2.html_block;
  if (htmlBlock)
    rules2.html_block = mark((tokens, index, options, env, self) => {
      const rendered = htmlBlock(tokens, index, options, env, self);
      for (const block of sfcBlockList(env))
        if (!("sanitizeLine" in block))
          block.sanitizeLine = tokens[index]?.map?.[0];
      return rendered;
    });
  const renderToken = md.renderer.renderToken.bind(md.renderer);
  md.renderer.renderToken = (tokens, index, options) => {
    const token = tokens[index];
    const rendered = renderToken(tokens, index, options);
    if (!markersOn || !token?.map || token.nesting < 0 || !token.block)
      return rendered;
    return lineMarker(token.map[0]) + rendered;
  };
  let markersOn = false;
  const render = md.renderer.render.bind(md.renderer);
  md.renderer.render = (tokens, options, env) => {
    markersOn = env?.sanitizeMarkers === true;
    try {
      return render(tokens, options, env);
    } finally {
      markersOn = false;
    }
  };
}
function sfcBlockList(env) {
  const blocks = env.sfcBlocks;
  return blocks ? [...blocks.scripts, ...blocks.styles, ...blocks.customBlocks] : [];
}

// .vitepress/plugins/policy-version.ts
function calendarDay(value) {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}
function policyVersionPlugin(md, options) {
  md.core.ruler.push("policy_version", (state) => {
    const env = state.env;
    const version2 = env?.frontmatter?.version;
    const effectiveDate = calendarDay(env?.frontmatter?.effectiveDate);
    if (typeof version2 !== "string" || !effectiveDate) return;
    const file = `${pagesFolder}/${env?.relativePath ?? ""}`;
    const policy = options.policies.find((page) => page.file === file);
    const changesLink = policy ? `${options.changesPath}#${policy.id}` : options.changesPath;
    const escape = md.utils.escapeHtml;
    const token = new state.Token("html_block", "", 0);
    token.content = `<PolicyVersion version="${escape(version2)}" effective-date="${escape(effectiveDate)}" changes-link="${escape(changesLink)}" />
`;
    const titleEnd = state.tokens.findIndex(
      (t) => t.type === "heading_close" && t.tag === "h1"
    );
    state.tokens.splice(titleEnd + 1, 0, token);
  });
}

// .vitepress/plugins/community-links.ts
var scheme = "community:";
function communityLinkTargets(community2) {
  const targets = /* @__PURE__ */ new Map([
    ["slack", community2.slack.inviteUrl],
    ["repository", community2.project.repository]
  ]);
  for (const resource of community2.resources)
    targets.set(resource.id, resource.url);
  return targets;
}
function resolveCommunityLink(href, targets, where) {
  if (!href.startsWith(scheme)) return href;
  const id = href.slice(scheme.length);
  const target = targets.get(id);
  if (target === void 0) {
    throw new Error(
      `${where}: unknown link "${href}". Use one of: ${[...targets.keys()].map((key) => scheme + key).join(", ")}, or add a resource with that id to .vitepress/community.ts.`
    );
  }
  return target;
}
function communityLinksPlugin(md, options) {
  const targets = communityLinkTargets(options.community);
  const validateLink = md.validateLink.bind(md);
  md.validateLink = (url) => url.startsWith(scheme) || validateLink(url);
  md.core.ruler.push("community_links", (state) => {
    for (const block of state.tokens) {
      for (const token of block.children ?? []) {
        if (token.type !== "link_open") continue;
        const href = token.attrGet("href");
        if (href === null) continue;
        const where = sourceLocation(state.env, block.map);
        token.attrSet("href", resolveCommunityLink(href, targets, where));
      }
    }
  });
}

// .vitepress/config.mts
var __vite_injected_original_import_meta_url3 = "file:///work/wt-tests/.vitepress/config.mts";
var projectRoot2 = fileURLToPath2(new URL("../", __vite_injected_original_import_meta_url3));
var publicFolder = fileURLToPath2(new URL("../public", __vite_injected_original_import_meta_url3));
var pagesFolder2 = fileURLToPath2(new URL("../docs", __vite_injected_original_import_meta_url3));
var repositoryRoot = fileURLToPath2(new URL("../", __vite_injected_original_import_meta_url3));
var linkTargets = communityLinkTargets(community);
var contentLinks = createContentLinkCheck({
  publicDir: publicFolder,
  generated: () => [
    ...publishedFiles,
    ...shortLinks(rules).map((link2) => link2.path),
    ...redirects.map((redirect) => redirect.from)
  ]
});
var rules = loadRules();
shortLinks(rules);
var pagePreviews = /* @__PURE__ */ new Map();
var hasFullHistory = historyStatus(repositoryRoot) === "full";
var head = [
  // VitePress adds the base to links in pages, not to these tags.
  [
    "link",
    { rel: "icon", href: `${siteBase}favicon.svg`, type: "image/svg+xml" }
  ],
  ["meta", { name: "theme-color", content: "#3d5afe" }]
];
var config_default = defineConfigWithTheme({
  srcDir: "docs",
  // The path the site is served under: `/` on its own domain, `/<repo>/` on
  // GitHub Pages. See site-env.ts.
  base: siteBase,
  lang: community.lang,
  title: `${community.name} Community`,
  description: community.description,
  cleanUrls: true,
  lastUpdated: true,
  // No forced layout at start-up; the switch turns transitions off itself
  // (theme/composables/use-appearance-toggle.ts).
  appearance: { disableTransition: false },
  // No prefetching of linked pages' chunks on idle: most readers come from
  // Slack for one page, and on a phone those bytes (about 4 KiB a page) are
  // usually wasted. A click on a link fetches its page then.
  router: { prefetchLinks: false },
  head,
  // The hostname must end with the base, as page URLs are resolved against it.
  sitemap: {
    hostname: new URL(siteBase, `${siteUrl}/`).href,
    transformItems: (items) => hasFullHistory ? items : items.map((item) => ({ ...item, lastmod: void 0 }))
  },
  markdown: {
    config(md) {
      md.use(communityLinksPlugin, { community });
      md.use(ruleContainerPlugin, { siteRules: rules });
      md.use(resourceListCheckPlugin, { groups: resourceGroups });
      md.use(policyVersionPlugin, {
        policies: policyPages,
        changesPath: "/changes"
      });
      md.use(frontmatterLinesPlugin);
      md.use(codeCopyLabelPlugin);
      md.use(contentLinks.markdownPlugin);
      md.use(sanitizePagePlugin, { srcDir: pagesFolder2 });
    }
  },
  // Frontmatter links (the home page's buttons) may use `community:` too;
  // the "Last updated" date is formatted here, not in the browser.
  transformPageData(pageData) {
    if (!hasFullHistory) delete pageData.lastUpdated;
    const actions = pageData.frontmatter.hero?.actions;
    for (const action of actions ?? []) {
      if (action.link) {
        action.link = resolveCommunityLink(
          action.link,
          linkTargets,
          `docs/${pageData.relativePath} (frontmatter)`
        );
      }
    }
    return {
      lastUpdatedText: formatLastUpdated(pageData.lastUpdated, community.lang)
    };
  },
  // The text paints first; the JavaScript loads after (see the module).
  transformHtml: (html, _file, { page }) => loadScriptsAfterPaint(html, `docs/${page}`),
  // Every component is <script setup>: leave Vue's Options API out of the bundle.
  vue: { features: { optionsAPI: false } },
  // Link previews (Open Graph, Twitter card, canonical URL) on every page.
  transformHead({ page, pageData, title, siteConfig }) {
    if (page === "404.md") return [];
    const preview = {
      ...pagePreview({
        page,
        title: pageData.title,
        description: pageData.frontmatter.description,
        markdown: () => readFileSync9(`${siteConfig.srcDir}/${page}`, "utf8"),
        community,
        siteUrl: siteRoot
      }),
      documentTitle: title
    };
    pagePreviews.set(pagePath(page), preview);
    return linkPreviewHead(preview);
  },
  // Short links, redirects, /rules.json, /slack/welcome.json, robots.txt;
  // then every URL in permalinks.json must still be served. The social
  // cards of the site, its pages and rules. Then _headers, which must stay
  // the last step: its CSP allows each inline script in the built HTML
  // (redirect pages included) by its hash.
  async buildEnd(siteConfig) {
    const rulesTitle = pagePreviews.get(pagePath(rulesPage))?.title;
    if (!rulesTitle)
      throw new Error(`The rules page ${rulesPage} was not built.`);
    await publishLinks({
      siteConfig,
      community,
      rules,
      redirects,
      registry: loadRegistry(projectRoot2),
      siteUrl: siteRoot,
      rulesTitle,
      pagePreviews
    });
    await buildSocialCards({
      siteConfig,
      community,
      pages: pagePreviews,
      rules,
      rulesTitle,
      logoFile: join10(publicFolder, "favicon.svg")
    });
    writeSecurityHeaders(siteConfig.outDir);
  },
  vite: {
    // Static files live in the top-level public/, not docs/public/.
    publicDir: publicFolder,
    // Frontmatter openers and includes, before VitePress reads any page;
    // our check of the Markdown's links once every page is rendered.
    plugins: [pagesPreflightPlugin(pagesFolder2), contentLinks.vitePlugin],
    resolve: {
      alias: [
        {
          // Our search button meets WCAG 2.5.3; see the component's comment.
          find: /^.*\/VPNavBarSearchButton\.vue$/,
          replacement: fileURLToPath2(
            new URL("./theme/components/SearchButton.vue", __vite_injected_original_import_meta_url3)
          )
        },
        {
          // Our dark-mode switch has a name in the served HTML; see its comment.
          find: /^.*\/VPSwitchAppearance\.vue$/,
          replacement: fileURLToPath2(
            new URL("./theme/components/AppearanceSwitch.vue", __vite_injected_original_import_meta_url3)
          )
        },
        {
          // VitePress's own components, for our overrides to reuse (typed in
          // env.d.ts, so vue-tsc leaves VitePress's sources alone).
          find: /^@vitepress-default-theme\//,
          replacement: `${join10(
            dirname5(
              createRequire2(__vite_injected_original_import_meta_url3).resolve("vitepress/package.json")
            ),
            "dist/client/theme-default/components"
          )}/`
        },
        {
          // A group that cannot collapse is not a button; see the component.
          find: /^.*\/VPSidebarGroup\.vue$/,
          replacement: fileURLToPath2(
            new URL("./theme/components/SidebarGroup.vue", __vite_injected_original_import_meta_url3)
          )
        },
        {
          // Only the search button's rules of DocSearch's stylesheet.
          find: /^@docsearch\/css$/,
          replacement: fileURLToPath2(
            new URL("./theme/docsearch-button.css", __vite_injected_original_import_meta_url3)
          )
        },
        {
          // No style read on mount; see the component's comment.
          find: /^.*\/VPSocialLink\.vue$/,
          replacement: fileURLToPath2(
            new URL("./theme/components/SocialLink.vue", __vite_injected_original_import_meta_url3)
          )
        },
        {
          // The date is formatted at build time; see the component.
          find: /^.*\/VPDocFooterLastUpdated\.vue$/,
          replacement: fileURLToPath2(
            new URL("./theme/components/LastUpdated.vue", __vite_injected_original_import_meta_url3)
          )
        }
      ]
    }
  },
  themeConfig: {
    siteUrl,
    nav: [
      {
        text: "Community guide",
        link: "/community",
        activeMatch: "^/community"
      },
      {
        text: "Slack rules",
        link: "/slack-rules",
        activeMatch: "^/slack-rules"
      },
      {
        text: "Code of conduct",
        link: "/code-of-conduct",
        activeMatch: "^/code-of-conduct"
      }
    ],
    sidebar: [
      {
        text: "Community",
        items: [
          { text: "Community guide", link: "/community" },
          { text: "Slack rules", link: "/slack-rules" },
          { text: "Code of conduct", link: "/code-of-conduct" }
        ]
      },
      {
        text: "About this site",
        items: [
          { text: "Changes", link: "/changes" },
          { text: "Accessibility", link: "/accessibility" }
        ]
      }
    ],
    outline: { level: [2, 3], label: "On this page" },
    socialLinks: [
      {
        icon: "github",
        link: community.project.repository,
        ariaLabel: `${community.project.name} on GitHub`
      },
      {
        icon: "slack",
        link: community.slack.inviteUrl,
        ariaLabel: `Join the ${community.name} Slack`
      }
    ],
    search: {
      provider: "local",
      options: {
        translations: { button: { buttonText: "Search" } }
      }
    },
    // Only when the repository is known: see site-env.ts.
    editLink: siteRepository ? { pattern: editLinkPattern(siteRepository), text: "Edit this page" } : void 0,
    lastUpdated: {
      text: "Last updated",
      formatOptions: { dateStyle: "long" }
    },
    repository: siteRepository,
    preview: sitePreview,
    footer: {
      // Shown where there is no sidebar (the home and 404 pages). Raw HTML,
      // so the link carries the base itself.
      message: `A community guide for ${community.name}. Written in the open; suggestions welcome. <a href="${siteBase}accessibility">Accessibility statement</a>`
    }
  }
});
export {
  config_default as default
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLnZpdGVwcmVzcy9jb25maWcubXRzIiwgIi52aXRlcHJlc3MvYnVpbGQvc2VjdXJpdHktaGVhZGVycy50cyIsICIudml0ZXByZXNzL2J1aWxkL2ZpbGVzLnRzIiwgIi52aXRlcHJlc3MvYnVpbGQvaGVhZGVycy1maWxlLnRzIiwgIi52aXRlcHJlc3MvYnVpbGQvaHRtbC1kb2N1bWVudC50cyIsICIudml0ZXByZXNzL2NvbW11bml0eS90eXBlcy50cyIsICIudml0ZXByZXNzL2NvbW11bml0eS92YWxpZGF0ZS50cyIsICIudml0ZXByZXNzL2NvbW11bml0eS50cyIsICIudml0ZXByZXNzL3BvbGljeS9naXQtaGlzdG9yeS50cyIsICIudml0ZXByZXNzL3BvbGljeS9wb2xpY2llcy50cyIsICIudml0ZXByZXNzL3JlcG9zaXRvcnktbGlua3MudHMiLCAiLnZpdGVwcmVzcy9zaXRlLWVudi50cyIsICIudml0ZXByZXNzL3J1bGVzL2xvYWQtcnVsZXMudHMiLCAiLnZpdGVwcmVzcy9jb250ZW50L2Zyb250bWF0dGVyLnRzIiwgIi52aXRlcHJlc3MvY29udGVudC1lcnJvci50cyIsICIudml0ZXByZXNzL3BsdWdpbnMvc291cmNlLWxvY2F0aW9uLnRzIiwgIi52aXRlcHJlc3MvcnVsZXMvZW5mb3JjZW1lbnQudHMiLCAiLnZpdGVwcmVzcy9ydWxlcy9ydWxlLnRzIiwgIi52aXRlcHJlc3MvcGx1Z2lucy9ydWxlLWNvbnRhaW5lci50cyIsICIudml0ZXByZXNzL3JlZGlyZWN0cy50cyIsICIudml0ZXByZXNzL2xpbmtzL3BhdGhzLnRzIiwgIi52aXRlcHJlc3MvbGlua3MvcGVybWFsaW5rcy50cyIsICIudml0ZXByZXNzL2xpbmtzL2xpbmstZXJyb3IudHMiLCAiLnZpdGVwcmVzcy9saW5rcy9wYWdlLWZhY3RzLnRzIiwgIi52aXRlcHJlc3MvbGlua3Mvc2hvcnQtbGlua3MudHMiLCAiLnZpdGVwcmVzcy9saW5rcy9wdWJsaXNoLWxpbmtzLnRzIiwgIi52aXRlcHJlc3MvcHJldmlld3MvcGFnZS10ZXh0LnRzIiwgIi52aXRlcHJlc3MvcHJldmlld3Mvc29jaWFsLWNhcmRzLnRzIiwgIi52aXRlcHJlc3MvcHJldmlld3MvcGFnZS1wcmV2aWV3LnRzIiwgIi52aXRlcHJlc3Mvc2xhY2svYmxvY2sta2l0LnRzIiwgIi52aXRlcHJlc3Mvc2xhY2svd2VsY29tZS1tZXNzYWdlLnRzIiwgIi52aXRlcHJlc3MvcHJldmlld3MvbGluay1wcmV2aWV3LnRzIiwgIi52aXRlcHJlc3MvbGlua3MvZm9yd2FyZGluZy1wYWdlLnRzIiwgIi52aXRlcHJlc3MvbGlua3MvcmVkaXJlY3QtY2hlY2sudHMiLCAiLnZpdGVwcmVzcy9saW5rcy9ydWxlcy1qc29uLnRzIiwgIi52aXRlcHJlc3MvcHJldmlld3MvYnVpbGQtc29jaWFsLWNhcmRzLnRzIiwgIi52aXRlcHJlc3MvcHJldmlld3Mvc29jaWFsLWNhcmQtZmlsZXMudHMiLCAiLnZpdGVwcmVzcy9wcmV2aWV3cy9zb2NpYWwtY2FyZC1yZW5kZXIudHMiLCAiLnZpdGVwcmVzcy9jb250ZW50LWxpbmtzL2NoZWNrLWxpbmtzLnRzIiwgIi52aXRlcHJlc3MvY29udGVudC1saW5rcy9saW5rLXByb2JsZW1zLnRzIiwgIi52aXRlcHJlc3MvcGx1Z2lucy9jb2RlLWNvcHktbGFiZWwudHMiLCAiLnZpdGVwcmVzcy90cmFuc2Zvcm1zL2xhc3QtdXBkYXRlZC50cyIsICIudml0ZXByZXNzL3RyYW5zZm9ybXMvbG9hZC1zY3JpcHRzLWFmdGVyLXBhaW50LnRzIiwgIi52aXRlcHJlc3MvcGx1Z2lucy9yZXNvdXJjZS1saXN0LWNoZWNrLnRzIiwgIi52aXRlcHJlc3MvcGx1Z2lucy9zYW5pdGl6ZS1wYWdlLnRzIiwgIi52aXRlcHJlc3MvY29udGVudC9wYWdlLXNjaGVtYS50cyIsICIudml0ZXByZXNzL2NvbnRlbnQvaHRtbC1hbGxvd2xpc3QudHMiLCAiLnZpdGVwcmVzcy9jb250ZW50L3Nhbml0aXplLnRzIiwgIi52aXRlcHJlc3MvdGhlbWUvbWFya2Rvd24tY29tcG9uZW50cy50cyIsICIudml0ZXByZXNzL2NvbnRlbnQvaW5jbHVkZXMudHMiLCAiLnZpdGVwcmVzcy9wbHVnaW5zL3BvbGljeS12ZXJzaW9uLnRzIiwgIi52aXRlcHJlc3MvcGx1Z2lucy9jb21tdW5pdHktbGlua3MudHMiXSwKICAic291cmNlc0NvbnRlbnQiOiBbImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2NvbmZpZy5tdHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb25maWcubXRzXCI7aW1wb3J0IHsgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcydcbmltcG9ydCB7IGNyZWF0ZVJlcXVpcmUgfSBmcm9tICdub2RlOm1vZHVsZSdcbmltcG9ydCB7IGRpcm5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnXG5pbXBvcnQgeyBmaWxlVVJMVG9QYXRoIH0gZnJvbSAnbm9kZTp1cmwnXG5pbXBvcnQgeyBkZWZpbmVDb25maWdXaXRoVGhlbWUsIHR5cGUgSGVhZENvbmZpZyB9IGZyb20gJ3ZpdGVwcmVzcydcbmltcG9ydCB7IHdyaXRlU2VjdXJpdHlIZWFkZXJzIH0gZnJvbSAnLi9idWlsZC9zZWN1cml0eS1oZWFkZXJzJ1xuaW1wb3J0IHsgY29tbXVuaXR5IH0gZnJvbSAnLi9jb21tdW5pdHknXG5pbXBvcnQgeyBoaXN0b3J5U3RhdHVzIH0gZnJvbSAnLi9wb2xpY3kvZ2l0LWhpc3RvcnknXG5pbXBvcnQgeyBwb2xpY3lQYWdlcyB9IGZyb20gJy4vcG9saWN5L3BvbGljaWVzJ1xuaW1wb3J0IHsgZWRpdExpbmtQYXR0ZXJuIH0gZnJvbSAnLi9yZXBvc2l0b3J5LWxpbmtzJ1xuaW1wb3J0IHtcbiAgc2l0ZUJhc2UsXG4gIHNpdGVQcmV2aWV3LFxuICBzaXRlUmVwb3NpdG9yeSxcbiAgc2l0ZVJvb3QsXG4gIHNpdGVVcmxcbn0gZnJvbSAnLi9zaXRlLWVudidcbmltcG9ydCB7IGxvYWRSdWxlcywgcnVsZXNQYWdlIH0gZnJvbSAnLi9ydWxlcy9sb2FkLXJ1bGVzJ1xuaW1wb3J0IHsgcmVkaXJlY3RzIH0gZnJvbSAnLi9yZWRpcmVjdHMnXG5pbXBvcnQgeyBwYWdlUGF0aCB9IGZyb20gJy4vbGlua3MvcGF0aHMnXG5pbXBvcnQgeyBsb2FkUmVnaXN0cnksIHB1Ymxpc2hlZEZpbGVzIH0gZnJvbSAnLi9saW5rcy9wZXJtYWxpbmtzJ1xuaW1wb3J0IHsgcHVibGlzaExpbmtzIH0gZnJvbSAnLi9saW5rcy9wdWJsaXNoLWxpbmtzJ1xuaW1wb3J0IHsgc2hvcnRMaW5rcyB9IGZyb20gJy4vbGlua3Mvc2hvcnQtbGlua3MnXG5pbXBvcnQgeyBsaW5rUHJldmlld0hlYWQsIHR5cGUgTGlua1ByZXZpZXcgfSBmcm9tICcuL3ByZXZpZXdzL2xpbmstcHJldmlldydcbmltcG9ydCB7IHBhZ2VQcmV2aWV3IH0gZnJvbSAnLi9wcmV2aWV3cy9wYWdlLXByZXZpZXcnXG5pbXBvcnQgeyBidWlsZFNvY2lhbENhcmRzIH0gZnJvbSAnLi9wcmV2aWV3cy9idWlsZC1zb2NpYWwtY2FyZHMnXG5pbXBvcnQgeyBjcmVhdGVDb250ZW50TGlua0NoZWNrIH0gZnJvbSAnLi9jb250ZW50LWxpbmtzL2NoZWNrLWxpbmtzJ1xuaW1wb3J0IHsgcnVsZUNvbnRhaW5lclBsdWdpbiB9IGZyb20gJy4vcGx1Z2lucy9ydWxlLWNvbnRhaW5lcidcbmltcG9ydCB7IGNvZGVDb3B5TGFiZWxQbHVnaW4gfSBmcm9tICcuL3BsdWdpbnMvY29kZS1jb3B5LWxhYmVsJ1xuaW1wb3J0IHsgZm9ybWF0TGFzdFVwZGF0ZWQgfSBmcm9tICcuL3RyYW5zZm9ybXMvbGFzdC11cGRhdGVkJ1xuaW1wb3J0IHsgbG9hZFNjcmlwdHNBZnRlclBhaW50IH0gZnJvbSAnLi90cmFuc2Zvcm1zL2xvYWQtc2NyaXB0cy1hZnRlci1wYWludCdcbmltcG9ydCB7IHJlc291cmNlTGlzdENoZWNrUGx1Z2luIH0gZnJvbSAnLi9wbHVnaW5zL3Jlc291cmNlLWxpc3QtY2hlY2snXG5pbXBvcnQgeyBmcm9udG1hdHRlckxpbmVzUGx1Z2luIH0gZnJvbSAnLi9wbHVnaW5zL3NvdXJjZS1sb2NhdGlvbidcbmltcG9ydCB7IHNhbml0aXplUGFnZVBsdWdpbiB9IGZyb20gJy4vcGx1Z2lucy9zYW5pdGl6ZS1wYWdlJ1xuaW1wb3J0IHsgcGFnZXNQcmVmbGlnaHRQbHVnaW4gfSBmcm9tICcuL2NvbnRlbnQvaW5jbHVkZXMnXG5pbXBvcnQgeyByZXNvdXJjZUdyb3VwcyB9IGZyb20gJy4vY29tbXVuaXR5L3R5cGVzJ1xuaW1wb3J0IHsgcG9saWN5VmVyc2lvblBsdWdpbiB9IGZyb20gJy4vcGx1Z2lucy9wb2xpY3ktdmVyc2lvbidcbmltcG9ydCB0eXBlIHsgU2l0ZVRoZW1lQ29uZmlnIH0gZnJvbSAnLi90aGVtZS90aGVtZS1jb25maWcnXG5pbXBvcnQge1xuICBjb21tdW5pdHlMaW5rc1BsdWdpbixcbiAgcmVzb2x2ZUNvbW11bml0eUxpbmssXG4gIGNvbW11bml0eUxpbmtUYXJnZXRzXG59IGZyb20gJy4vcGx1Z2lucy9jb21tdW5pdHktbGlua3MnXG5cbmNvbnN0IHByb2plY3RSb290ID0gZmlsZVVSTFRvUGF0aChuZXcgVVJMKCcuLi8nLCBpbXBvcnQubWV0YS51cmwpKVxuY29uc3QgcHVibGljRm9sZGVyID0gZmlsZVVSTFRvUGF0aChuZXcgVVJMKCcuLi9wdWJsaWMnLCBpbXBvcnQubWV0YS51cmwpKVxuY29uc3QgcGFnZXNGb2xkZXIgPSBmaWxlVVJMVG9QYXRoKG5ldyBVUkwoJy4uL2RvY3MnLCBpbXBvcnQubWV0YS51cmwpKVxuY29uc3QgcmVwb3NpdG9yeVJvb3QgPSBmaWxlVVJMVG9QYXRoKG5ldyBVUkwoJy4uLycsIGltcG9ydC5tZXRhLnVybCkpXG5jb25zdCBsaW5rVGFyZ2V0cyA9IGNvbW11bml0eUxpbmtUYXJnZXRzKGNvbW11bml0eSlcbi8vIERlYWQgbGlua3MgYW5kICNhbmNob3JzLCByZXBvcnRlZCBhZ2FpbnN0IHRoZSBNYXJrZG93bidzIGxpbmVzLlxuY29uc3QgY29udGVudExpbmtzID0gY3JlYXRlQ29udGVudExpbmtDaGVjayh7XG4gIHB1YmxpY0RpcjogcHVibGljRm9sZGVyLFxuICBnZW5lcmF0ZWQ6ICgpID0+IFtcbiAgICAuLi5wdWJsaXNoZWRGaWxlcyxcbiAgICAuLi5zaG9ydExpbmtzKHJ1bGVzKS5tYXAoKGxpbmspID0+IGxpbmsucGF0aCksXG4gICAgLi4ucmVkaXJlY3RzLm1hcCgocmVkaXJlY3QpID0+IHJlZGlyZWN0LmZyb20pXG4gIF1cbn0pXG5jb25zdCBydWxlcyA9IGxvYWRSdWxlcygpXG4vLyBGYWlscyBhdCBvbmNlLCBpbiBkZXYgdG9vLCB3aGVuIHR3byBydWxlcyBjbGFpbSB0aGUgc2FtZSBzaG9ydCBsaW5rLlxuc2hvcnRMaW5rcyhydWxlcylcbi8vIEZpbGxlZCBieSB0cmFuc2Zvcm1IZWFkOyBidWlsZEVuZCBwcmV2aWV3cyByZWRpcmVjdHMgYXMgdGhlaXIgdGFyZ2V0IHBhZ2UuXG5jb25zdCBwYWdlUHJldmlld3MgPSBuZXcgTWFwPHN0cmluZywgTGlua1ByZXZpZXc+KClcblxuLy8gV2l0aG91dCBmdWxsIGdpdCBoaXN0b3J5IChhIHNoYWxsb3cgY2xvbmUsIG9yIG5vIGNvbW1pdHMgeWV0KSwgZ2l0IHdvdWxkXG4vLyBkYXRlIGV2ZXJ5IHBhZ2UgdG8gdGhlIGxhc3QgY29tbWl0LCBvciB0byBub3RoaW5nOiBsZWF2ZSBkYXRlcyBvdXQuXG5jb25zdCBoYXNGdWxsSGlzdG9yeSA9IGhpc3RvcnlTdGF0dXMocmVwb3NpdG9yeVJvb3QpID09PSAnZnVsbCdcblxuY29uc3QgaGVhZDogSGVhZENvbmZpZ1tdID0gW1xuICAvLyBWaXRlUHJlc3MgYWRkcyB0aGUgYmFzZSB0byBsaW5rcyBpbiBwYWdlcywgbm90IHRvIHRoZXNlIHRhZ3MuXG4gIFtcbiAgICAnbGluaycsXG4gICAgeyByZWw6ICdpY29uJywgaHJlZjogYCR7c2l0ZUJhc2V9ZmF2aWNvbi5zdmdgLCB0eXBlOiAnaW1hZ2Uvc3ZnK3htbCcgfVxuICBdLFxuICBbJ21ldGEnLCB7IG5hbWU6ICd0aGVtZS1jb2xvcicsIGNvbnRlbnQ6ICcjM2Q1YWZlJyB9XVxuXVxuXG4vLyBodHRwczovL3ZpdGVwcmVzcy5kZXYvcmVmZXJlbmNlL3NpdGUtY29uZmlnXG5leHBvcnQgZGVmYXVsdCBkZWZpbmVDb25maWdXaXRoVGhlbWU8U2l0ZVRoZW1lQ29uZmlnPih7XG4gIHNyY0RpcjogJ2RvY3MnLFxuICAvLyBUaGUgcGF0aCB0aGUgc2l0ZSBpcyBzZXJ2ZWQgdW5kZXI6IGAvYCBvbiBpdHMgb3duIGRvbWFpbiwgYC88cmVwbz4vYCBvblxuICAvLyBHaXRIdWIgUGFnZXMuIFNlZSBzaXRlLWVudi50cy5cbiAgYmFzZTogc2l0ZUJhc2UsXG4gIGxhbmc6IGNvbW11bml0eS5sYW5nLFxuICB0aXRsZTogYCR7Y29tbXVuaXR5Lm5hbWV9IENvbW11bml0eWAsXG4gIGRlc2NyaXB0aW9uOiBjb21tdW5pdHkuZGVzY3JpcHRpb24sXG4gIGNsZWFuVXJsczogdHJ1ZSxcbiAgbGFzdFVwZGF0ZWQ6IHRydWUsXG4gIC8vIE5vIGZvcmNlZCBsYXlvdXQgYXQgc3RhcnQtdXA7IHRoZSBzd2l0Y2ggdHVybnMgdHJhbnNpdGlvbnMgb2ZmIGl0c2VsZlxuICAvLyAodGhlbWUvY29tcG9zYWJsZXMvdXNlLWFwcGVhcmFuY2UtdG9nZ2xlLnRzKS5cbiAgYXBwZWFyYW5jZTogeyBkaXNhYmxlVHJhbnNpdGlvbjogZmFsc2UgfSxcbiAgLy8gTm8gcHJlZmV0Y2hpbmcgb2YgbGlua2VkIHBhZ2VzJyBjaHVua3Mgb24gaWRsZTogbW9zdCByZWFkZXJzIGNvbWUgZnJvbVxuICAvLyBTbGFjayBmb3Igb25lIHBhZ2UsIGFuZCBvbiBhIHBob25lIHRob3NlIGJ5dGVzIChhYm91dCA0IEtpQiBhIHBhZ2UpIGFyZVxuICAvLyB1c3VhbGx5IHdhc3RlZC4gQSBjbGljayBvbiBhIGxpbmsgZmV0Y2hlcyBpdHMgcGFnZSB0aGVuLlxuICByb3V0ZXI6IHsgcHJlZmV0Y2hMaW5rczogZmFsc2UgfSxcbiAgaGVhZCxcbiAgLy8gVGhlIGhvc3RuYW1lIG11c3QgZW5kIHdpdGggdGhlIGJhc2UsIGFzIHBhZ2UgVVJMcyBhcmUgcmVzb2x2ZWQgYWdhaW5zdCBpdC5cbiAgc2l0ZW1hcDoge1xuICAgIGhvc3RuYW1lOiBuZXcgVVJMKHNpdGVCYXNlLCBgJHtzaXRlVXJsfS9gKS5ocmVmLFxuICAgIHRyYW5zZm9ybUl0ZW1zOiAoaXRlbXMpID0+XG4gICAgICBoYXNGdWxsSGlzdG9yeVxuICAgICAgICA/IGl0ZW1zXG4gICAgICAgIDogaXRlbXMubWFwKChpdGVtKSA9PiAoeyAuLi5pdGVtLCBsYXN0bW9kOiB1bmRlZmluZWQgfSkpXG4gIH0sXG5cbiAgbWFya2Rvd246IHtcbiAgICBjb25maWcobWQpIHtcbiAgICAgIG1kLnVzZShjb21tdW5pdHlMaW5rc1BsdWdpbiwgeyBjb21tdW5pdHkgfSlcbiAgICAgIG1kLnVzZShydWxlQ29udGFpbmVyUGx1Z2luLCB7IHNpdGVSdWxlczogcnVsZXMgfSlcbiAgICAgIG1kLnVzZShyZXNvdXJjZUxpc3RDaGVja1BsdWdpbiwgeyBncm91cHM6IHJlc291cmNlR3JvdXBzIH0pXG4gICAgICBtZC51c2UocG9saWN5VmVyc2lvblBsdWdpbiwge1xuICAgICAgICBwb2xpY2llczogcG9saWN5UGFnZXMsXG4gICAgICAgIGNoYW5nZXNQYXRoOiAnL2NoYW5nZXMnXG4gICAgICB9KVxuICAgICAgLy8gRXJyb3IgbGluZXMgY291bnQgZnJvbSB0aGUgdG9wIG9mIHRoZSBmaWxlLCBmcm9udG1hdHRlciBpbmNsdWRlZC5cbiAgICAgIG1kLnVzZShmcm9udG1hdHRlckxpbmVzUGx1Z2luKVxuICAgICAgbWQudXNlKGNvZGVDb3B5TGFiZWxQbHVnaW4pXG4gICAgICBtZC51c2UoY29udGVudExpbmtzLm1hcmtkb3duUGx1Z2luKVxuICAgICAgLy8gTGFzdCwgc28gdGhhdCBpdCB3cmFwcyBldmVyeSBvdGhlciBwbHVnaW46IHNlZSB0aGUgbW9kdWxlLlxuICAgICAgbWQudXNlKHNhbml0aXplUGFnZVBsdWdpbiwgeyBzcmNEaXI6IHBhZ2VzRm9sZGVyIH0pXG4gICAgfVxuICB9LFxuXG4gIC8vIEZyb250bWF0dGVyIGxpbmtzICh0aGUgaG9tZSBwYWdlJ3MgYnV0dG9ucykgbWF5IHVzZSBgY29tbXVuaXR5OmAgdG9vO1xuICAvLyB0aGUgXCJMYXN0IHVwZGF0ZWRcIiBkYXRlIGlzIGZvcm1hdHRlZCBoZXJlLCBub3QgaW4gdGhlIGJyb3dzZXIuXG4gIHRyYW5zZm9ybVBhZ2VEYXRhKHBhZ2VEYXRhKSB7XG4gICAgaWYgKCFoYXNGdWxsSGlzdG9yeSkgZGVsZXRlIHBhZ2VEYXRhLmxhc3RVcGRhdGVkXG4gICAgY29uc3QgYWN0aW9ucyA9IChcbiAgICAgIHBhZ2VEYXRhLmZyb250bWF0dGVyLmhlcm8gYXMgeyBhY3Rpb25zPzogeyBsaW5rPzogc3RyaW5nIH1bXSB9IHwgdW5kZWZpbmVkXG4gICAgKT8uYWN0aW9uc1xuICAgIGZvciAoY29uc3QgYWN0aW9uIG9mIGFjdGlvbnMgPz8gW10pIHtcbiAgICAgIGlmIChhY3Rpb24ubGluaykge1xuICAgICAgICBhY3Rpb24ubGluayA9IHJlc29sdmVDb21tdW5pdHlMaW5rKFxuICAgICAgICAgIGFjdGlvbi5saW5rLFxuICAgICAgICAgIGxpbmtUYXJnZXRzLFxuICAgICAgICAgIGBkb2NzLyR7cGFnZURhdGEucmVsYXRpdmVQYXRofSAoZnJvbnRtYXR0ZXIpYFxuICAgICAgICApXG4gICAgICB9XG4gICAgfVxuICAgIHJldHVybiB7XG4gICAgICBsYXN0VXBkYXRlZFRleHQ6IGZvcm1hdExhc3RVcGRhdGVkKHBhZ2VEYXRhLmxhc3RVcGRhdGVkLCBjb21tdW5pdHkubGFuZylcbiAgICB9XG4gIH0sXG5cbiAgLy8gVGhlIHRleHQgcGFpbnRzIGZpcnN0OyB0aGUgSmF2YVNjcmlwdCBsb2FkcyBhZnRlciAoc2VlIHRoZSBtb2R1bGUpLlxuICB0cmFuc2Zvcm1IdG1sOiAoaHRtbCwgX2ZpbGUsIHsgcGFnZSB9KSA9PlxuICAgIGxvYWRTY3JpcHRzQWZ0ZXJQYWludChodG1sLCBgZG9jcy8ke3BhZ2V9YCksXG5cbiAgLy8gRXZlcnkgY29tcG9uZW50IGlzIDxzY3JpcHQgc2V0dXA+OiBsZWF2ZSBWdWUncyBPcHRpb25zIEFQSSBvdXQgb2YgdGhlIGJ1bmRsZS5cbiAgdnVlOiB7IGZlYXR1cmVzOiB7IG9wdGlvbnNBUEk6IGZhbHNlIH0gfSxcblxuICAvLyBMaW5rIHByZXZpZXdzIChPcGVuIEdyYXBoLCBUd2l0dGVyIGNhcmQsIGNhbm9uaWNhbCBVUkwpIG9uIGV2ZXJ5IHBhZ2UuXG4gIHRyYW5zZm9ybUhlYWQoeyBwYWdlLCBwYWdlRGF0YSwgdGl0bGUsIHNpdGVDb25maWcgfSkge1xuICAgIGlmIChwYWdlID09PSAnNDA0Lm1kJykgcmV0dXJuIFtdXG4gICAgY29uc3QgcHJldmlldyA9IHtcbiAgICAgIC4uLnBhZ2VQcmV2aWV3KHtcbiAgICAgICAgcGFnZSxcbiAgICAgICAgdGl0bGU6IHBhZ2VEYXRhLnRpdGxlLFxuICAgICAgICBkZXNjcmlwdGlvbjogcGFnZURhdGEuZnJvbnRtYXR0ZXIuZGVzY3JpcHRpb24gYXMgc3RyaW5nIHwgdW5kZWZpbmVkLFxuICAgICAgICBtYXJrZG93bjogKCkgPT4gcmVhZEZpbGVTeW5jKGAke3NpdGVDb25maWcuc3JjRGlyfS8ke3BhZ2V9YCwgJ3V0ZjgnKSxcbiAgICAgICAgY29tbXVuaXR5LFxuICAgICAgICBzaXRlVXJsOiBzaXRlUm9vdFxuICAgICAgfSksXG4gICAgICBkb2N1bWVudFRpdGxlOiB0aXRsZVxuICAgIH1cbiAgICBwYWdlUHJldmlld3Muc2V0KHBhZ2VQYXRoKHBhZ2UpLCBwcmV2aWV3KVxuICAgIHJldHVybiBsaW5rUHJldmlld0hlYWQocHJldmlldylcbiAgfSxcblxuICAvLyBTaG9ydCBsaW5rcywgcmVkaXJlY3RzLCAvcnVsZXMuanNvbiwgL3NsYWNrL3dlbGNvbWUuanNvbiwgcm9ib3RzLnR4dDtcbiAgLy8gdGhlbiBldmVyeSBVUkwgaW4gcGVybWFsaW5rcy5qc29uIG11c3Qgc3RpbGwgYmUgc2VydmVkLiBUaGUgc29jaWFsXG4gIC8vIGNhcmRzIG9mIHRoZSBzaXRlLCBpdHMgcGFnZXMgYW5kIHJ1bGVzLiBUaGVuIF9oZWFkZXJzLCB3aGljaCBtdXN0IHN0YXlcbiAgLy8gdGhlIGxhc3Qgc3RlcDogaXRzIENTUCBhbGxvd3MgZWFjaCBpbmxpbmUgc2NyaXB0IGluIHRoZSBidWlsdCBIVE1MXG4gIC8vIChyZWRpcmVjdCBwYWdlcyBpbmNsdWRlZCkgYnkgaXRzIGhhc2guXG4gIGFzeW5jIGJ1aWxkRW5kKHNpdGVDb25maWcpIHtcbiAgICBjb25zdCBydWxlc1RpdGxlID0gcGFnZVByZXZpZXdzLmdldChwYWdlUGF0aChydWxlc1BhZ2UpKT8udGl0bGVcbiAgICBpZiAoIXJ1bGVzVGl0bGUpXG4gICAgICB0aHJvdyBuZXcgRXJyb3IoYFRoZSBydWxlcyBwYWdlICR7cnVsZXNQYWdlfSB3YXMgbm90IGJ1aWx0LmApXG4gICAgYXdhaXQgcHVibGlzaExpbmtzKHtcbiAgICAgIHNpdGVDb25maWcsXG4gICAgICBjb21tdW5pdHksXG4gICAgICBydWxlcyxcbiAgICAgIHJlZGlyZWN0cyxcbiAgICAgIHJlZ2lzdHJ5OiBsb2FkUmVnaXN0cnkocHJvamVjdFJvb3QpLFxuICAgICAgc2l0ZVVybDogc2l0ZVJvb3QsXG4gICAgICBydWxlc1RpdGxlLFxuICAgICAgcGFnZVByZXZpZXdzXG4gICAgfSlcbiAgICBhd2FpdCBidWlsZFNvY2lhbENhcmRzKHtcbiAgICAgIHNpdGVDb25maWcsXG4gICAgICBjb21tdW5pdHksXG4gICAgICBwYWdlczogcGFnZVByZXZpZXdzLFxuICAgICAgcnVsZXMsXG4gICAgICBydWxlc1RpdGxlLFxuICAgICAgbG9nb0ZpbGU6IGpvaW4ocHVibGljRm9sZGVyLCAnZmF2aWNvbi5zdmcnKVxuICAgIH0pXG4gICAgd3JpdGVTZWN1cml0eUhlYWRlcnMoc2l0ZUNvbmZpZy5vdXREaXIpXG4gIH0sXG5cbiAgdml0ZToge1xuICAgIC8vIFN0YXRpYyBmaWxlcyBsaXZlIGluIHRoZSB0b3AtbGV2ZWwgcHVibGljLywgbm90IGRvY3MvcHVibGljLy5cbiAgICBwdWJsaWNEaXI6IHB1YmxpY0ZvbGRlcixcbiAgICAvLyBGcm9udG1hdHRlciBvcGVuZXJzIGFuZCBpbmNsdWRlcywgYmVmb3JlIFZpdGVQcmVzcyByZWFkcyBhbnkgcGFnZTtcbiAgICAvLyBvdXIgY2hlY2sgb2YgdGhlIE1hcmtkb3duJ3MgbGlua3Mgb25jZSBldmVyeSBwYWdlIGlzIHJlbmRlcmVkLlxuICAgIHBsdWdpbnM6IFtwYWdlc1ByZWZsaWdodFBsdWdpbihwYWdlc0ZvbGRlciksIGNvbnRlbnRMaW5rcy52aXRlUGx1Z2luXSxcbiAgICByZXNvbHZlOiB7XG4gICAgICBhbGlhczogW1xuICAgICAgICB7XG4gICAgICAgICAgLy8gT3VyIHNlYXJjaCBidXR0b24gbWVldHMgV0NBRyAyLjUuMzsgc2VlIHRoZSBjb21wb25lbnQncyBjb21tZW50LlxuICAgICAgICAgIGZpbmQ6IC9eLipcXC9WUE5hdkJhclNlYXJjaEJ1dHRvblxcLnZ1ZSQvLFxuICAgICAgICAgIHJlcGxhY2VtZW50OiBmaWxlVVJMVG9QYXRoKFxuICAgICAgICAgICAgbmV3IFVSTCgnLi90aGVtZS9jb21wb25lbnRzL1NlYXJjaEJ1dHRvbi52dWUnLCBpbXBvcnQubWV0YS51cmwpXG4gICAgICAgICAgKVxuICAgICAgICB9LFxuICAgICAgICB7XG4gICAgICAgICAgLy8gT3VyIGRhcmstbW9kZSBzd2l0Y2ggaGFzIGEgbmFtZSBpbiB0aGUgc2VydmVkIEhUTUw7IHNlZSBpdHMgY29tbWVudC5cbiAgICAgICAgICBmaW5kOiAvXi4qXFwvVlBTd2l0Y2hBcHBlYXJhbmNlXFwudnVlJC8sXG4gICAgICAgICAgcmVwbGFjZW1lbnQ6IGZpbGVVUkxUb1BhdGgoXG4gICAgICAgICAgICBuZXcgVVJMKCcuL3RoZW1lL2NvbXBvbmVudHMvQXBwZWFyYW5jZVN3aXRjaC52dWUnLCBpbXBvcnQubWV0YS51cmwpXG4gICAgICAgICAgKVxuICAgICAgICB9LFxuICAgICAgICB7XG4gICAgICAgICAgLy8gVml0ZVByZXNzJ3Mgb3duIGNvbXBvbmVudHMsIGZvciBvdXIgb3ZlcnJpZGVzIHRvIHJldXNlICh0eXBlZCBpblxuICAgICAgICAgIC8vIGVudi5kLnRzLCBzbyB2dWUtdHNjIGxlYXZlcyBWaXRlUHJlc3MncyBzb3VyY2VzIGFsb25lKS5cbiAgICAgICAgICBmaW5kOiAvXkB2aXRlcHJlc3MtZGVmYXVsdC10aGVtZVxcLy8sXG4gICAgICAgICAgcmVwbGFjZW1lbnQ6IGAke2pvaW4oXG4gICAgICAgICAgICBkaXJuYW1lKFxuICAgICAgICAgICAgICBjcmVhdGVSZXF1aXJlKGltcG9ydC5tZXRhLnVybCkucmVzb2x2ZSgndml0ZXByZXNzL3BhY2thZ2UuanNvbicpXG4gICAgICAgICAgICApLFxuICAgICAgICAgICAgJ2Rpc3QvY2xpZW50L3RoZW1lLWRlZmF1bHQvY29tcG9uZW50cydcbiAgICAgICAgICApfS9gXG4gICAgICAgIH0sXG4gICAgICAgIHtcbiAgICAgICAgICAvLyBBIGdyb3VwIHRoYXQgY2Fubm90IGNvbGxhcHNlIGlzIG5vdCBhIGJ1dHRvbjsgc2VlIHRoZSBjb21wb25lbnQuXG4gICAgICAgICAgZmluZDogL14uKlxcL1ZQU2lkZWJhckdyb3VwXFwudnVlJC8sXG4gICAgICAgICAgcmVwbGFjZW1lbnQ6IGZpbGVVUkxUb1BhdGgoXG4gICAgICAgICAgICBuZXcgVVJMKCcuL3RoZW1lL2NvbXBvbmVudHMvU2lkZWJhckdyb3VwLnZ1ZScsIGltcG9ydC5tZXRhLnVybClcbiAgICAgICAgICApXG4gICAgICAgIH0sXG4gICAgICAgIHtcbiAgICAgICAgICAvLyBPbmx5IHRoZSBzZWFyY2ggYnV0dG9uJ3MgcnVsZXMgb2YgRG9jU2VhcmNoJ3Mgc3R5bGVzaGVldC5cbiAgICAgICAgICBmaW5kOiAvXkBkb2NzZWFyY2hcXC9jc3MkLyxcbiAgICAgICAgICByZXBsYWNlbWVudDogZmlsZVVSTFRvUGF0aChcbiAgICAgICAgICAgIG5ldyBVUkwoJy4vdGhlbWUvZG9jc2VhcmNoLWJ1dHRvbi5jc3MnLCBpbXBvcnQubWV0YS51cmwpXG4gICAgICAgICAgKVxuICAgICAgICB9LFxuICAgICAgICB7XG4gICAgICAgICAgLy8gTm8gc3R5bGUgcmVhZCBvbiBtb3VudDsgc2VlIHRoZSBjb21wb25lbnQncyBjb21tZW50LlxuICAgICAgICAgIGZpbmQ6IC9eLipcXC9WUFNvY2lhbExpbmtcXC52dWUkLyxcbiAgICAgICAgICByZXBsYWNlbWVudDogZmlsZVVSTFRvUGF0aChcbiAgICAgICAgICAgIG5ldyBVUkwoJy4vdGhlbWUvY29tcG9uZW50cy9Tb2NpYWxMaW5rLnZ1ZScsIGltcG9ydC5tZXRhLnVybClcbiAgICAgICAgICApXG4gICAgICAgIH0sXG4gICAgICAgIHtcbiAgICAgICAgICAvLyBUaGUgZGF0ZSBpcyBmb3JtYXR0ZWQgYXQgYnVpbGQgdGltZTsgc2VlIHRoZSBjb21wb25lbnQuXG4gICAgICAgICAgZmluZDogL14uKlxcL1ZQRG9jRm9vdGVyTGFzdFVwZGF0ZWRcXC52dWUkLyxcbiAgICAgICAgICByZXBsYWNlbWVudDogZmlsZVVSTFRvUGF0aChcbiAgICAgICAgICAgIG5ldyBVUkwoJy4vdGhlbWUvY29tcG9uZW50cy9MYXN0VXBkYXRlZC52dWUnLCBpbXBvcnQubWV0YS51cmwpXG4gICAgICAgICAgKVxuICAgICAgICB9XG4gICAgICBdXG4gICAgfVxuICB9LFxuXG4gIHRoZW1lQ29uZmlnOiB7XG4gICAgc2l0ZVVybCxcbiAgICBuYXY6IFtcbiAgICAgIHtcbiAgICAgICAgdGV4dDogJ0NvbW11bml0eSBndWlkZScsXG4gICAgICAgIGxpbms6ICcvY29tbXVuaXR5JyxcbiAgICAgICAgYWN0aXZlTWF0Y2g6ICdeL2NvbW11bml0eSdcbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIHRleHQ6ICdTbGFjayBydWxlcycsXG4gICAgICAgIGxpbms6ICcvc2xhY2stcnVsZXMnLFxuICAgICAgICBhY3RpdmVNYXRjaDogJ14vc2xhY2stcnVsZXMnXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICB0ZXh0OiAnQ29kZSBvZiBjb25kdWN0JyxcbiAgICAgICAgbGluazogJy9jb2RlLW9mLWNvbmR1Y3QnLFxuICAgICAgICBhY3RpdmVNYXRjaDogJ14vY29kZS1vZi1jb25kdWN0J1xuICAgICAgfVxuICAgIF0sXG4gICAgc2lkZWJhcjogW1xuICAgICAge1xuICAgICAgICB0ZXh0OiAnQ29tbXVuaXR5JyxcbiAgICAgICAgaXRlbXM6IFtcbiAgICAgICAgICB7IHRleHQ6ICdDb21tdW5pdHkgZ3VpZGUnLCBsaW5rOiAnL2NvbW11bml0eScgfSxcbiAgICAgICAgICB7IHRleHQ6ICdTbGFjayBydWxlcycsIGxpbms6ICcvc2xhY2stcnVsZXMnIH0sXG4gICAgICAgICAgeyB0ZXh0OiAnQ29kZSBvZiBjb25kdWN0JywgbGluazogJy9jb2RlLW9mLWNvbmR1Y3QnIH1cbiAgICAgICAgXVxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgdGV4dDogJ0Fib3V0IHRoaXMgc2l0ZScsXG4gICAgICAgIGl0ZW1zOiBbXG4gICAgICAgICAgeyB0ZXh0OiAnQ2hhbmdlcycsIGxpbms6ICcvY2hhbmdlcycgfSxcbiAgICAgICAgICB7IHRleHQ6ICdBY2Nlc3NpYmlsaXR5JywgbGluazogJy9hY2Nlc3NpYmlsaXR5JyB9XG4gICAgICAgIF1cbiAgICAgIH1cbiAgICBdLFxuICAgIG91dGxpbmU6IHsgbGV2ZWw6IFsyLCAzXSwgbGFiZWw6ICdPbiB0aGlzIHBhZ2UnIH0sXG4gICAgc29jaWFsTGlua3M6IFtcbiAgICAgIHtcbiAgICAgICAgaWNvbjogJ2dpdGh1YicsXG4gICAgICAgIGxpbms6IGNvbW11bml0eS5wcm9qZWN0LnJlcG9zaXRvcnksXG4gICAgICAgIGFyaWFMYWJlbDogYCR7Y29tbXVuaXR5LnByb2plY3QubmFtZX0gb24gR2l0SHViYFxuICAgICAgfSxcbiAgICAgIHtcbiAgICAgICAgaWNvbjogJ3NsYWNrJyxcbiAgICAgICAgbGluazogY29tbXVuaXR5LnNsYWNrLmludml0ZVVybCxcbiAgICAgICAgYXJpYUxhYmVsOiBgSm9pbiB0aGUgJHtjb21tdW5pdHkubmFtZX0gU2xhY2tgXG4gICAgICB9XG4gICAgXSxcbiAgICBzZWFyY2g6IHtcbiAgICAgIHByb3ZpZGVyOiAnbG9jYWwnLFxuICAgICAgb3B0aW9uczoge1xuICAgICAgICB0cmFuc2xhdGlvbnM6IHsgYnV0dG9uOiB7IGJ1dHRvblRleHQ6ICdTZWFyY2gnIH0gfVxuICAgICAgfVxuICAgIH0sXG4gICAgLy8gT25seSB3aGVuIHRoZSByZXBvc2l0b3J5IGlzIGtub3duOiBzZWUgc2l0ZS1lbnYudHMuXG4gICAgZWRpdExpbms6IHNpdGVSZXBvc2l0b3J5XG4gICAgICA/IHsgcGF0dGVybjogZWRpdExpbmtQYXR0ZXJuKHNpdGVSZXBvc2l0b3J5KSwgdGV4dDogJ0VkaXQgdGhpcyBwYWdlJyB9XG4gICAgICA6IHVuZGVmaW5lZCxcbiAgICBsYXN0VXBkYXRlZDoge1xuICAgICAgdGV4dDogJ0xhc3QgdXBkYXRlZCcsXG4gICAgICBmb3JtYXRPcHRpb25zOiB7IGRhdGVTdHlsZTogJ2xvbmcnIH1cbiAgICB9LFxuICAgIHJlcG9zaXRvcnk6IHNpdGVSZXBvc2l0b3J5LFxuICAgIHByZXZpZXc6IHNpdGVQcmV2aWV3LFxuICAgIGZvb3Rlcjoge1xuICAgICAgLy8gU2hvd24gd2hlcmUgdGhlcmUgaXMgbm8gc2lkZWJhciAodGhlIGhvbWUgYW5kIDQwNCBwYWdlcykuIFJhdyBIVE1MLFxuICAgICAgLy8gc28gdGhlIGxpbmsgY2FycmllcyB0aGUgYmFzZSBpdHNlbGYuXG4gICAgICBtZXNzYWdlOlxuICAgICAgICBgQSBjb21tdW5pdHkgZ3VpZGUgZm9yICR7Y29tbXVuaXR5Lm5hbWV9LiBXcml0dGVuIGluIHRoZSBvcGVuOyBzdWdnZXN0aW9ucyB3ZWxjb21lLiBgICtcbiAgICAgICAgYDxhIGhyZWY9XCIke3NpdGVCYXNlfWFjY2Vzc2liaWxpdHlcIj5BY2Nlc3NpYmlsaXR5IHN0YXRlbWVudDwvYT5gXG4gICAgfVxuICB9XG59KVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2J1aWxkXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2J1aWxkL3NlY3VyaXR5LWhlYWRlcnMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9idWlsZC9zZWN1cml0eS1oZWFkZXJzLnRzXCI7LyoqXG4gKiBTZWN1cml0eSBoZWFkZXJzIGZvciB0aGUgYnVpbHQgc2l0ZSwgd3JpdHRlbiB0byBgPG91dERpcj4vX2hlYWRlcnNgIGF0IHRoZVxuICogZW5kIG9mIGV2ZXJ5IGJ1aWxkICh0aGUgYGJ1aWxkRW5kYCBob29rIGluIGNvbmZpZy5tdHMpLlxuICpcbiAqIFRoZSBDb250ZW50LVNlY3VyaXR5LVBvbGljeSBhbGxvd3Mgc2NyaXB0cywgc3R5bGVzLCBmb250cywgaW1hZ2VzIGFuZFxuICogY29ubmVjdGlvbnMgZnJvbSB0aGUgc2l0ZSdzIG93biBvcmlnaW4gb25seSwgbmV2ZXIgYHVuc2FmZS1ldmFsYCwgYW5kIG5vXG4gKiBpbmxpbmUgc2NyaXB0IG9yIGA8c3R5bGU+YCBlbGVtZW50IGV4Y2VwdCB0aG9zZSBpbiB0aGUgYnVpbGQsIGVhY2ggYWxsb3dlZFxuICogYnkgaXRzIFNIQS0yNTYgaGFzaC4gVGhlIGhhc2hlcyBhcmUgY29tcHV0ZWQgZnJvbSB0aGUgYnVpbHQgZmlsZXMsIHNvIHRoZVxuICogcG9saWN5IGZvbGxvd3MgVml0ZVByZXNzJ3MgYXBwZWFyYW5jZSBzY3JpcHQsIGl0cyBzaXRlLWRhdGEgc2NyaXB0IGFuZCBhbnlcbiAqIGlubGluZSBzY3JpcHQgYSBwYWdlIGFkZHMgKGEgcmVkaXJlY3QgcGFnZSwgc2F5KSB3aXRob3V0IGFueW9uZSBlZGl0aW5nIGl0LlxuICpcbiAqIFN0eWxlICphdHRyaWJ1dGVzKiBhcmUgYWxsb3dlZCAoYHN0eWxlLXNyYy1hdHRyICd1bnNhZmUtaW5saW5lJ2ApOiBWaXRlUHJlc3NcbiAqIHdyaXRlcyBzb21lIChgLS12cC12aGApLCBTaGlraSBjb2xvdXJzIGNvZGUgd2l0aCB0aGVtLCBhbmQgdGhlIHNlYXJjaCBib3hcbiAqIGluc2VydHMgZXhjZXJwdHMgdGhhdCBjYXJyeSB0aGVtLiBUaGV5IGNhbm5vdCBydW4gY29kZSBvciBsb2FkIGFueXRoaW5nLlxuICovXG5pbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSAnbm9kZTpjcnlwdG8nXG5pbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMsIHdyaXRlRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJ1xuaW1wb3J0IHsgam9pbiB9IGZyb20gJ25vZGU6cGF0aCdcbmltcG9ydCB7IGxpc3RGaWxlcyB9IGZyb20gJy4vZmlsZXMnXG5pbXBvcnQge1xuICBmb3JtYXRIZWFkZXJzRmlsZSxcbiAgcGFyc2VIZWFkZXJzRmlsZSxcbiAgdHlwZSBIZWFkZXJSdWxlXG59IGZyb20gJy4vaGVhZGVycy1maWxlJ1xuaW1wb3J0IHsgcmVhZEh0bWxEb2N1bWVudCB9IGZyb20gJy4vaHRtbC1kb2N1bWVudCdcblxuLyoqIFRoZSBDU1Agc291cmNlIGZvciBhIHNjcmlwdCBvciBzdHlsZSBlbGVtZW50IHdpdGggZXhhY3RseSB0aGlzIHRleHQuICovXG5leHBvcnQgZnVuY3Rpb24gc2hhMjU2U291cmNlKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgJ3NoYTI1Ni0ke2NyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZSh0ZXh0LCAndXRmOCcpLmRpZ2VzdCgnYmFzZTY0Jyl9J2Bcbn1cblxuLyoqXG4gKiBUaGUgdGV4dCBvZiBgPHN0eWxlPmAgZWxlbWVudHMgdGhhdCBidW5kbGVkIHNjcmlwdHMgaW5zZXJ0LiBAdnVldXNlJ3NcbiAqIGB1c2VEYXJrYCAod2hpY2ggVml0ZVByZXNzJ3MgZGFyayBtb2RlIHVzZXMpIGFkZHMgb25lIGZvciBhIG1vbWVudCBvbiBsb2FkXG4gKiBhbmQgb24gZXZlcnkgdG9nZ2xlLCB0byBzdG9wIHRyYW5zaXRpb25zIHdoaWxlIHRoZSBjb2xvdXJzIGNoYW5nZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNjcmlwdEluc2VydGVkU3R5bGVzKGphdmFzY3JpcHQ6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgbGl0ZXJhbCA9IC8oW1wiJ2BdKShcXCosXFwqOjpiZWZvcmUsXFwqOjphZnRlclxce1teXCInYFxcXFxdKlxcfSlcXDEvZ1xuICByZXR1cm4gWy4uLmphdmFzY3JpcHQubWF0Y2hBbGwobGl0ZXJhbCldLm1hcCgobWF0Y2gpID0+IG1hdGNoWzJdID8/ICcnKVxufVxuXG5leHBvcnQgaW50ZXJmYWNlIElubGluZUNvZGUge1xuICBzY3JpcHRzOiBzdHJpbmdbXVxuICBzdHlsZXM6IHN0cmluZ1tdXG59XG5cbi8qKiBFdmVyeSBkaXN0aW5jdCBpbmxpbmUgc2NyaXB0IGFuZCBzdHlsZSBpbiB0aGUgYnVpbGQsIHNvcnRlZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjb2xsZWN0SW5saW5lQ29kZShvdXREaXI6IHN0cmluZyk6IElubGluZUNvZGUge1xuICBjb25zdCBzY3JpcHRzID0gbmV3IFNldDxzdHJpbmc+KClcbiAgY29uc3Qgc3R5bGVzID0gbmV3IFNldDxzdHJpbmc+KClcbiAgZm9yIChjb25zdCBmaWxlIG9mIGxpc3RGaWxlcyhvdXREaXIpKSB7XG4gICAgaWYgKGZpbGUuZW5kc1dpdGgoJy5odG1sJykpIHtcbiAgICAgIGNvbnN0IGRvY3VtZW50ID0gcmVhZEh0bWxEb2N1bWVudChcbiAgICAgICAgcmVhZEZpbGVTeW5jKGpvaW4ob3V0RGlyLCBmaWxlKSwgJ3V0ZjgnKVxuICAgICAgKVxuICAgICAgZG9jdW1lbnQuaW5saW5lU2NyaXB0cy5mb3JFYWNoKChzY3JpcHQpID0+IHNjcmlwdHMuYWRkKHNjcmlwdCkpXG4gICAgICBkb2N1bWVudC5pbmxpbmVTdHlsZXMuZm9yRWFjaCgoc3R5bGUpID0+IHN0eWxlcy5hZGQoc3R5bGUpKVxuICAgIH0gZWxzZSBpZiAoZmlsZS5lbmRzV2l0aCgnLmpzJykpIHtcbiAgICAgIHNjcmlwdEluc2VydGVkU3R5bGVzKHJlYWRGaWxlU3luYyhqb2luKG91dERpciwgZmlsZSksICd1dGY4JykpLmZvckVhY2goXG4gICAgICAgIChzdHlsZSkgPT4gc3R5bGVzLmFkZChzdHlsZSlcbiAgICAgIClcbiAgICB9XG4gIH1cbiAgcmV0dXJuIHsgc2NyaXB0czogWy4uLnNjcmlwdHNdLnNvcnQoKSwgc3R5bGVzOiBbLi4uc3R5bGVzXS5zb3J0KCkgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gY29udGVudFNlY3VyaXR5UG9saWN5KGlubGluZTogSW5saW5lQ29kZSk6IHN0cmluZyB7XG4gIGNvbnN0IGhhc2hlcyA9ICh0ZXh0czogc3RyaW5nW10pID0+XG4gICAgWy4uLm5ldyBTZXQodGV4dHMubWFwKHNoYTI1NlNvdXJjZSkpXS5zb3J0KClcbiAgY29uc3QgZGlyZWN0aXZlczogW3N0cmluZywgLi4uc3RyaW5nW11dW10gPSBbXG4gICAgWydkZWZhdWx0LXNyYycsIFwiJ3NlbGYnXCJdLFxuICAgIFsnc2NyaXB0LXNyYycsIFwiJ3NlbGYnXCIsIC4uLmhhc2hlcyhpbmxpbmUuc2NyaXB0cyldLFxuICAgIFsnc3R5bGUtc3JjJywgXCInc2VsZidcIiwgLi4uaGFzaGVzKGlubGluZS5zdHlsZXMpXSxcbiAgICBbJ3N0eWxlLXNyYy1hdHRyJywgXCIndW5zYWZlLWlubGluZSdcIl0sXG4gICAgLy8gVml0ZVByZXNzJ3MgaWNvbnMgYXJlIGRhdGE6IFNWR3MgaW4gQ1NTLlxuICAgIFsnaW1nLXNyYycsIFwiJ3NlbGYnXCIsICdkYXRhOiddLFxuICAgIFsnZm9udC1zcmMnLCBcIidzZWxmJ1wiXSxcbiAgICBbJ2Nvbm5lY3Qtc3JjJywgXCInc2VsZidcIl0sXG4gICAgWydvYmplY3Qtc3JjJywgXCInbm9uZSdcIl0sXG4gICAgWydiYXNlLXVyaScsIFwiJ3NlbGYnXCJdLFxuICAgIFsnZm9ybS1hY3Rpb24nLCBcIidzZWxmJ1wiXSxcbiAgICBbJ2ZyYW1lLWFuY2VzdG9ycycsIFwiJ25vbmUnXCJdXG4gIF1cbiAgcmV0dXJuIGRpcmVjdGl2ZXMubWFwKChkaXJlY3RpdmUpID0+IGRpcmVjdGl2ZS5qb2luKCcgJykpLmpvaW4oJzsgJylcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHNlY3VyaXR5SGVhZGVycyhpbmxpbmU6IElubGluZUNvZGUpOiBbc3RyaW5nLCBzdHJpbmddW10ge1xuICByZXR1cm4gW1xuICAgIFsnQ29udGVudC1TZWN1cml0eS1Qb2xpY3knLCBjb250ZW50U2VjdXJpdHlQb2xpY3koaW5saW5lKV0sXG4gICAgWydYLUNvbnRlbnQtVHlwZS1PcHRpb25zJywgJ25vc25pZmYnXSxcbiAgICBbJ1JlZmVycmVyLVBvbGljeScsICdzdHJpY3Qtb3JpZ2luLXdoZW4tY3Jvc3Mtb3JpZ2luJ10sXG4gICAgW1xuICAgICAgJ1Blcm1pc3Npb25zLVBvbGljeScsXG4gICAgICAnYWNjZWxlcm9tZXRlcj0oKSwgY2FtZXJhPSgpLCBnZW9sb2NhdGlvbj0oKSwgZ3lyb3Njb3BlPSgpLCBtYWduZXRvbWV0ZXI9KCksIG1pY3JvcGhvbmU9KCksIHBheW1lbnQ9KCksIHVzYj0oKSdcbiAgICBdLFxuICAgIC8vIEZvciBicm93c2VycyBvbGRlciB0aGFuIENTUCdzIGZyYW1lLWFuY2VzdG9ycy5cbiAgICBbJ1gtRnJhbWUtT3B0aW9ucycsICdERU5ZJ11cbiAgXVxufVxuXG4vKiogQ2xvdWRmbGFyZSBQYWdlcyBpZ25vcmVzIGxvbmdlciBsaW5lcyBvZiBgX2hlYWRlcnNgLiAqL1xuZXhwb3J0IGNvbnN0IG1heEhlYWRlckxpbmVMZW5ndGggPSAyMDAwXG5cbi8qKlxuICogV3JpdGVzIGA8b3V0RGlyPi9faGVhZGVyc2A6IGFueSBydWxlcyBmcm9tIGBwdWJsaWMvX2hlYWRlcnNgICh3aGljaCBWaXRlXG4gKiBjb3BpZWQgdGhlcmUpLCB0aGVuIHRoZSBzZWN1cml0eSBoZWFkZXJzIGZvciBldmVyeSBwYXRoLiBUaHJvd3MgaWYgdGhlXG4gKiBjb3BpZWQgcnVsZXMgc2V0IG9uZSBvZiB0aGUgc2FtZSBoZWFkZXJzLCBzaW5jZSBob3N0cyB3b3VsZCBqb2luIHRoZSB0d29cbiAqIHZhbHVlcyBpbnRvIGEgc2Vjb25kLCBzdHJpY3RlciBwb2xpY3ksIG9yIGlmIGEgbGluZSBpcyB0b28gbG9uZy5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdyaXRlU2VjdXJpdHlIZWFkZXJzKG91dERpcjogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgcGF0aCA9IGpvaW4ob3V0RGlyLCAnX2hlYWRlcnMnKVxuICBjb25zdCBleGlzdGluZyA9IGV4aXN0c1N5bmMocGF0aCkgPyByZWFkRmlsZVN5bmMocGF0aCwgJ3V0ZjgnKSA6ICcnXG4gIGNvbnN0IGhlYWRlcnMgPSBzZWN1cml0eUhlYWRlcnMoY29sbGVjdElubGluZUNvZGUob3V0RGlyKSlcblxuICBjb25zdCBvdXJzID0gbmV3IFNldChoZWFkZXJzLm1hcCgoW25hbWVdKSA9PiBuYW1lLnRvTG93ZXJDYXNlKCkpKVxuICBmb3IgKGNvbnN0IHJ1bGUgb2YgcGFyc2VIZWFkZXJzRmlsZShleGlzdGluZykpIHtcbiAgICBmb3IgKGNvbnN0IFtuYW1lXSBvZiBydWxlLmhlYWRlcnMpIHtcbiAgICAgIGlmIChvdXJzLmhhcyhuYW1lLnRvTG93ZXJDYXNlKCkpKSB7XG4gICAgICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgICAgICBgcHVibGljL19oZWFkZXJzIHNldHMgJHtuYW1lfSBmb3IgJHtydWxlLnBhdHRlcm59LCB3aGljaCB0aGUgYnVpbGQgd3JpdGVzIGl0c2VsZiAoLnZpdGVwcmVzcy9idWlsZC9zZWN1cml0eS1oZWFkZXJzLnRzKTsgcmVtb3ZlIGl0IHRoZXJlLmBcbiAgICAgICAgKVxuICAgICAgfVxuICAgIH1cbiAgfVxuXG4gIGNvbnN0IHJ1bGVzOiBIZWFkZXJSdWxlW10gPSBbeyBwYXR0ZXJuOiAnLyonLCBoZWFkZXJzIH1dXG4gIGNvbnN0IHRleHQgPSBgJHtleGlzdGluZy50cmltRW5kKCl9JHtleGlzdGluZy50cmltKCkgPyAnXFxuXFxuJyA6ICcnfSR7Zm9ybWF0SGVhZGVyc0ZpbGUocnVsZXMpfWBcbiAgY29uc3QgbG9uZ0xpbmUgPSB0ZXh0XG4gICAgLnNwbGl0KCdcXG4nKVxuICAgIC5maW5kKChsaW5lKSA9PiBsaW5lLmxlbmd0aCA+IG1heEhlYWRlckxpbmVMZW5ndGgpXG4gIGlmIChsb25nTGluZSkge1xuICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgIGBfaGVhZGVycyBoYXMgYSBsaW5lIG9mICR7bG9uZ0xpbmUubGVuZ3RofSBjaGFyYWN0ZXJzLCBvdmVyIHRoZSAke21heEhlYWRlckxpbmVMZW5ndGh9IHRoYXQgQ2xvdWRmbGFyZSBQYWdlcyByZWFkczogXCIke2xvbmdMaW5lLnNsaWNlKDAsIDgwKX1cdTIwMjZcImBcbiAgICApXG4gIH1cbiAgd3JpdGVGaWxlU3luYyhwYXRoLCB0ZXh0KVxuICByZXR1cm4gcGF0aFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2J1aWxkXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2J1aWxkL2ZpbGVzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvYnVpbGQvZmlsZXMudHNcIjsvKiogV2Fsa3MgZm9sZGVycyBmb3IgdGhlIGNoZWNrczogcmVsYXRpdmUsIGZvcndhcmQtc2xhc2ggcGF0aHMsIHNvcnRlZC4gKi9cbmltcG9ydCB7IHJlYWRkaXJTeW5jIH0gZnJvbSAnbm9kZTpmcydcbmltcG9ydCB7IGpvaW4sIHJlbGF0aXZlLCBzZXAgfSBmcm9tICdub2RlOnBhdGgnXG5cbi8qKiBFdmVyeSBmaWxlIHVuZGVyIGByb290YCwgYXMgcGF0aHMgcmVsYXRpdmUgdG8gaXQgc3VjaCBhcyBgYXNzZXRzL2FwcC5qc2AuICovXG5leHBvcnQgZnVuY3Rpb24gbGlzdEZpbGVzKHJvb3Q6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgY29uc3QgZmlsZXMgPSByZWFkZGlyU3luYyhyb290LCB7IHJlY3Vyc2l2ZTogdHJ1ZSwgd2l0aEZpbGVUeXBlczogdHJ1ZSB9KVxuICAgIC5maWx0ZXIoKGVudHJ5KSA9PiBlbnRyeS5pc0ZpbGUoKSlcbiAgICAubWFwKChlbnRyeSkgPT5cbiAgICAgIHJlbGF0aXZlKHJvb3QsIGpvaW4oZW50cnkucGFyZW50UGF0aCwgZW50cnkubmFtZSkpLnNwbGl0KHNlcCkuam9pbignLycpXG4gICAgKVxuICByZXR1cm4gZmlsZXMuc29ydCgpXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvYnVpbGRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvYnVpbGQvaGVhZGVycy1maWxlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvYnVpbGQvaGVhZGVycy1maWxlLnRzXCI7LyoqXG4gKiBUaGUgYF9oZWFkZXJzYCBmaWxlIHRoYXQgTmV0bGlmeSBhbmQgQ2xvdWRmbGFyZSBQYWdlcyByZWFkIGZyb20gdGhlIGJ1aWxkXG4gKiBvdXRwdXQ6IGEgcGF0aCBwYXR0ZXJuIG9uIGl0cyBvd24gbGluZSwgdGhlbiBpbmRlbnRlZCBgTmFtZTogdmFsdWVgIGxpbmVzLlxuICpcbiAqICAgICAvKlxuICogICAgICAgWC1Db250ZW50LVR5cGUtT3B0aW9uczogbm9zbmlmZlxuICpcbiAqIGh0dHBzOi8vZG9jcy5uZXRsaWZ5LmNvbS9yb3V0aW5nL2hlYWRlcnMvI3N5bnRheC1mb3ItdGhlLWhlYWRlcnMtZmlsZVxuICogaHR0cHM6Ly9kZXZlbG9wZXJzLmNsb3VkZmxhcmUuY29tL3BhZ2VzL2NvbmZpZ3VyYXRpb24vaGVhZGVycy9cbiAqXG4gKiBXcml0dGVuIGF0IGJ1aWxkIHRpbWUgKHNlY3VyaXR5LWhlYWRlcnMudHMpIGFuZCByZWFkIGJ5IHNjcmlwdHMvc2VydmUudHMsXG4gKiBzbyB0aGUgZW5kLXRvLWVuZCB0ZXN0cyBnZXQgdGhlIGhlYWRlcnMgYSByZWFkZXIgZ2V0cy5cbiAqL1xuXG5leHBvcnQgaW50ZXJmYWNlIEhlYWRlclJ1bGUge1xuICAvKiogQSBwYXRoLCB3aXRoIGAqYCBtYXRjaGluZyBhbnl0aGluZyBhbmQgYDpuYW1lYCBvbmUgc2VnbWVudC4gKi9cbiAgcGF0dGVybjogc3RyaW5nXG4gIGhlYWRlcnM6IFtuYW1lOiBzdHJpbmcsIHZhbHVlOiBzdHJpbmddW11cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGZvcm1hdEhlYWRlcnNGaWxlKHJ1bGVzOiByZWFkb25seSBIZWFkZXJSdWxlW10pOiBzdHJpbmcge1xuICByZXR1cm4gcnVsZXNcbiAgICAubWFwKFxuICAgICAgKHsgcGF0dGVybiwgaGVhZGVycyB9KSA9PlxuICAgICAgICBgJHtwYXR0ZXJufVxcbiR7aGVhZGVycy5tYXAoKFtuYW1lLCB2YWx1ZV0pID0+IGAgICR7bmFtZX06ICR7dmFsdWV9YCkuam9pbignXFxuJyl9XFxuYFxuICAgIClcbiAgICAuam9pbignXFxuJylcbn1cblxuLyoqIFBhcnNlcyBgX2hlYWRlcnNgOyB0aHJvd3Mgb24gYSBoZWFkZXIgbGluZSBiZWZvcmUgYW55IHBhdGgsIG5hbWluZyB0aGUgbGluZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUhlYWRlcnNGaWxlKHRleHQ6IHN0cmluZyk6IEhlYWRlclJ1bGVbXSB7XG4gIGNvbnN0IHJ1bGVzOiBIZWFkZXJSdWxlW10gPSBbXVxuICB0ZXh0LnNwbGl0KC9cXHI/XFxuLykuZm9yRWFjaCgobGluZSwgaW5kZXgpID0+IHtcbiAgICBpZiAobGluZS50cmltKCkgPT09ICcnIHx8IGxpbmUudHJpbSgpLnN0YXJ0c1dpdGgoJyMnKSkgcmV0dXJuXG4gICAgaWYgKCEvXlxccy8udGVzdChsaW5lKSkge1xuICAgICAgcnVsZXMucHVzaCh7IHBhdHRlcm46IGxpbmUudHJpbSgpLCBoZWFkZXJzOiBbXSB9KVxuICAgICAgcmV0dXJuXG4gICAgfVxuICAgIGNvbnN0IHJ1bGUgPSBydWxlcy5hdCgtMSlcbiAgICBjb25zdCBzZXBhcmF0b3IgPSBsaW5lLmluZGV4T2YoJzonKVxuICAgIGlmICghcnVsZSB8fCBzZXBhcmF0b3IgPT09IC0xKSB7XG4gICAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICAgIGBfaGVhZGVyczoke2luZGV4ICsgMX06IGV4cGVjdGVkIFwiTmFtZTogdmFsdWVcIiB1bmRlciBhIHBhdGgsIGdvdCBcIiR7bGluZS50cmltKCl9XCJgXG4gICAgICApXG4gICAgfVxuICAgIHJ1bGUuaGVhZGVycy5wdXNoKFtcbiAgICAgIGxpbmUuc2xpY2UoMCwgc2VwYXJhdG9yKS50cmltKCksXG4gICAgICBsaW5lLnNsaWNlKHNlcGFyYXRvciArIDEpLnRyaW0oKVxuICAgIF0pXG4gIH0pXG4gIHJldHVybiBydWxlc1xufVxuXG5mdW5jdGlvbiBwYXR0ZXJuVG9SZWdFeHAocGF0dGVybjogc3RyaW5nKTogUmVnRXhwIHtcbiAgY29uc3Qgc291cmNlID0gcGF0dGVyblxuICAgIC5zcGxpdCgnKicpXG4gICAgLm1hcCgocGFydCkgPT5cbiAgICAgIHBhcnRcbiAgICAgICAgLnJlcGxhY2UoL1suKz9eJHt9KCl8W1xcXVxcXFxdL2csICdcXFxcJCYnKVxuICAgICAgICAucmVwbGFjZSgvOltBLVphLXpdXFx3Ki9nLCAnW14vXSsnKVxuICAgIClcbiAgICAuam9pbignLionKVxuICByZXR1cm4gbmV3IFJlZ0V4cChgXiR7c291cmNlfSRgKVxufVxuXG4vKiogVGhlIGhlYWRlcnMgZm9yIGEgcmVxdWVzdCBwYXRoLCBmcm9tIGV2ZXJ5IHJ1bGUgdGhhdCBtYXRjaGVzIGl0LCBpbiBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBoZWFkZXJzRm9yUGF0aChcbiAgcnVsZXM6IHJlYWRvbmx5IEhlYWRlclJ1bGVbXSxcbiAgcGF0aDogc3RyaW5nXG4pOiBbc3RyaW5nLCBzdHJpbmddW10ge1xuICByZXR1cm4gcnVsZXNcbiAgICAuZmlsdGVyKCh7IHBhdHRlcm4gfSkgPT4gcGF0dGVyblRvUmVnRXhwKHBhdHRlcm4pLnRlc3QocGF0aCkpXG4gICAgLmZsYXRNYXAoKHsgaGVhZGVycyB9KSA9PiBoZWFkZXJzKVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2J1aWxkXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2J1aWxkL2h0bWwtZG9jdW1lbnQudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9idWlsZC9odG1sLWRvY3VtZW50LnRzXCI7LyoqXG4gKiBXaGF0IHRoZSBjaGVja3Mgb2YgdGhlIGJ1aWx0IHNpdGUgbmVlZCBmcm9tIG9uZSBIVE1MIHBhZ2U6IGl0cyBlbGVtZW50XG4gKiBpZHMsIHRoZSBVUkxzIGl0IHJlZmVycyB0bywgYW5kIGl0cyBpbmxpbmUgc2NyaXB0cyBhbmQgc3R5bGVzLiBQYXJzZWQgd2l0aFxuICogcGFyc2U1LCB0aGUgSFRNTCBzdGFuZGFyZCdzIG93biBwYXJzaW5nIGFsZ29yaXRobSwgc28gYSBwYWdlIGlzIHJlYWQgYXMgYVxuICogYnJvd3NlciByZWFkcyBpdC5cbiAqL1xuaW1wb3J0IHsgcGFyc2UsIHR5cGUgRGVmYXVsdFRyZWVBZGFwdGVyTWFwIH0gZnJvbSAncGFyc2U1J1xuXG50eXBlIE5vZGUgPSBEZWZhdWx0VHJlZUFkYXB0ZXJNYXBbJ25vZGUnXVxudHlwZSBFbGVtZW50ID0gRGVmYXVsdFRyZWVBZGFwdGVyTWFwWydlbGVtZW50J11cblxuLyoqIE9uZSBVUkwgaW4gYSBwYWdlLCBhbmQgd2hlcmUgaXQgaXMuICovXG5leHBvcnQgaW50ZXJmYWNlIFVybFJlZmVyZW5jZSB7XG4gIHVybDogc3RyaW5nXG4gIC8qKiBTdWNoIGFzIGA8YSBocmVmPmAgb3IgYDxtZXRhIGh0dHAtZXF1aXY9XCJyZWZyZXNoXCI+YC4gKi9cbiAgc291cmNlOiBzdHJpbmdcbiAgLyoqIFRoZSBsaW5rJ3MgdGV4dCBvciBsYWJlbCwgdG8gZmluZCBpdCBpbiB0aGUgcGFnZTsgbWF5IGJlIGVtcHR5LiAqL1xuICB0ZXh0OiBzdHJpbmdcbiAgLyoqIDEtYmFzZWQgbGluZSBpbiB0aGUgSFRNTCBmaWxlLiAqL1xuICBsaW5lOiBudW1iZXJcbn1cblxuZXhwb3J0IGludGVyZmFjZSBIdG1sRG9jdW1lbnQge1xuICAvKiogRXZlcnkgZnJhZ21lbnQgYSBsaW5rIGNhbiB0YXJnZXQ6IGVsZW1lbnQgaWRzIGFuZCBgPGEgbmFtZT5gLiAqL1xuICBpZHM6IFNldDxzdHJpbmc+XG4gIHJlZmVyZW5jZXM6IFVybFJlZmVyZW5jZVtdXG4gIC8qKiBUaGUgdGV4dCBvZiBlYWNoIGA8c2NyaXB0PmAgd2l0aG91dCBgc3JjYCwgaW4gZG9jdW1lbnQgb3JkZXIuICovXG4gIGlubGluZVNjcmlwdHM6IHN0cmluZ1tdXG4gIC8qKiBUaGUgdGV4dCBvZiBlYWNoIGA8c3R5bGU+YCBlbGVtZW50LCBpbiBkb2N1bWVudCBvcmRlci4gKi9cbiAgaW5saW5lU3R5bGVzOiBzdHJpbmdbXVxuICAvKiogV2hldGhlciBhbnkgZWxlbWVudCBoYXMgYSBgc3R5bGVgIGF0dHJpYnV0ZS4gKi9cbiAgaGFzU3R5bGVBdHRyaWJ1dGVzOiBib29sZWFuXG4gIC8qKiBUaGUgYGhyZWZgIG9mIHRoZSBwYWdlJ3MgYDxiYXNlPmAsIHdoaWNoIHJlbGF0aXZlIFVSTHMgcmVzb2x2ZSBhZ2FpbnN0LiAqL1xuICBiYXNlSHJlZj86IHN0cmluZ1xufVxuXG4vKiogV2hpY2ggYXR0cmlidXRlcyBvZiB3aGljaCBlbGVtZW50cyBob2xkIGEgVVJMLiAqL1xuY29uc3QgdXJsQXR0cmlidXRlczogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgcmVhZG9ubHkgc3RyaW5nW10+PiA9IHtcbiAgYTogWydocmVmJ10sXG4gIGFyZWE6IFsnaHJlZiddLFxuICBsaW5rOiBbJ2hyZWYnXSxcbiAgc2NyaXB0OiBbJ3NyYyddLFxuICBpbWc6IFsnc3JjJywgJ3NyY3NldCddLFxuICBzb3VyY2U6IFsnc3JjJywgJ3NyY3NldCddLFxuICB2aWRlbzogWydzcmMnLCAncG9zdGVyJ10sXG4gIGF1ZGlvOiBbJ3NyYyddLFxuICB0cmFjazogWydzcmMnXSxcbiAgaWZyYW1lOiBbJ3NyYyddLFxuICBlbWJlZDogWydzcmMnXSxcbiAgb2JqZWN0OiBbJ2RhdGEnXSxcbiAgZm9ybTogWydhY3Rpb24nXVxufVxuXG5mdW5jdGlvbiBhdHRyaWJ1dGUoZWxlbWVudDogRWxlbWVudCwgbmFtZTogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIGVsZW1lbnQuYXR0cnMuZmluZCgoYXR0cikgPT4gYXR0ci5uYW1lID09PSBuYW1lICYmICFhdHRyLnByZWZpeCk/LnZhbHVlXG59XG5cbmZ1bmN0aW9uIGNoaWxkcmVuKG5vZGU6IE5vZGUpOiBOb2RlW10ge1xuICBpZiAobm9kZS5ub2RlTmFtZSA9PT0gJ3RlbXBsYXRlJykge1xuICAgIHJldHVybiAobm9kZSBhcyBEZWZhdWx0VHJlZUFkYXB0ZXJNYXBbJ3RlbXBsYXRlJ10pLmNvbnRlbnQuY2hpbGROb2Rlc1xuICB9XG4gIHJldHVybiAnY2hpbGROb2RlcycgaW4gbm9kZSA/IG5vZGUuY2hpbGROb2RlcyA6IFtdXG59XG5cbmZ1bmN0aW9uIHRleHRPZihub2RlOiBOb2RlKTogc3RyaW5nIHtcbiAgaWYgKG5vZGUubm9kZU5hbWUgPT09ICcjdGV4dCcpIHtcbiAgICByZXR1cm4gKG5vZGUgYXMgRGVmYXVsdFRyZWVBZGFwdGVyTWFwWyd0ZXh0Tm9kZSddKS52YWx1ZVxuICB9XG4gIHJldHVybiBjaGlsZHJlbihub2RlKS5tYXAodGV4dE9mKS5qb2luKCcnKVxufVxuXG4vKiogVGhlIFVSTHMgb2YgYSBgc3Jjc2V0YDogZWFjaCBjYW5kaWRhdGUgaXMgYSBVUkwgYW5kIGFuIG9wdGlvbmFsIGRlc2NyaXB0b3IuICovXG5leHBvcnQgZnVuY3Rpb24gc3Jjc2V0VXJscyhzcmNzZXQ6IHN0cmluZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIHNyY3NldFxuICAgIC5zcGxpdCgnLCcpXG4gICAgLm1hcCgoY2FuZGlkYXRlKSA9PiBjYW5kaWRhdGUudHJpbSgpLnNwbGl0KC9cXHMrLylbMF0gPz8gJycpXG4gICAgLmZpbHRlcigodXJsKSA9PiB1cmwgIT09ICcnKVxufVxuXG4vKipcbiAqIFRoZSBVUkwgb2YgYDxtZXRhIGh0dHAtZXF1aXY9XCJyZWZyZXNoXCIgY29udGVudD1cIjA7IHVybD0vcGFnZVwiPmAsIG9yXG4gKiB1bmRlZmluZWQgd2hlbiBpdCBvbmx5IHJlbG9hZHMgdGhlIHBhZ2UuIEZvbGxvd3MgdGhlIEhUTUwgc3RhbmRhcmQnc1xuICogXCJzaGFyZWQgZGVjbGFyYXRpdmUgcmVmcmVzaCBzdGVwc1wiIGxvb3NlbHk6IGEgZGVsYXksIGEgc2VwYXJhdG9yLCBhblxuICogb3B0aW9uYWwgYHVybD1gLCBhbmQgYW4gb3B0aW9uYWxseSBxdW90ZWQgVVJMLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVmcmVzaFVybChjb250ZW50OiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCBtYXRjaCA9XG4gICAgL15cXHMqXFxkKig/OlxcLlxcZCopP1xccypbOyxdP1xccyooPzp1cmxcXHMqPVxccyopPyhbXCInXT8pKC4qPylcXDFcXHMqJC9pLmV4ZWMoXG4gICAgICBjb250ZW50XG4gICAgKVxuICBjb25zdCB1cmwgPSBtYXRjaD8uWzJdPy50cmltKClcbiAgcmV0dXJuIHVybCA/IHVybCA6IHVuZGVmaW5lZFxufVxuXG5mdW5jdGlvbiBsaW5lKGVsZW1lbnQ6IEVsZW1lbnQpOiBudW1iZXIge1xuICByZXR1cm4gZWxlbWVudC5zb3VyY2VDb2RlTG9jYXRpb24/LnN0YXJ0TGluZSA/PyAwXG59XG5cbmZ1bmN0aW9uIGxhYmVsT2YoZWxlbWVudDogRWxlbWVudCk6IHN0cmluZyB7XG4gIGNvbnN0IHRleHQgPSB0ZXh0T2YoZWxlbWVudCkucmVwbGFjZSgvXFxzKy9nLCAnICcpLnRyaW0oKVxuICBjb25zdCBsYWJlbCA9XG4gICAgdGV4dCB8fCBhdHRyaWJ1dGUoZWxlbWVudCwgJ2FyaWEtbGFiZWwnKSB8fCBhdHRyaWJ1dGUoZWxlbWVudCwgJ3RpdGxlJylcbiAgcmV0dXJuIGxhYmVsID8gbGFiZWwuc2xpY2UoMCwgNjApIDogJydcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlYWRIdG1sRG9jdW1lbnQoaHRtbDogc3RyaW5nKTogSHRtbERvY3VtZW50IHtcbiAgY29uc3QgZG9jdW1lbnQgPSBwYXJzZShodG1sLCB7IHNvdXJjZUNvZGVMb2NhdGlvbkluZm86IHRydWUgfSlcbiAgY29uc3QgcmVzdWx0OiBIdG1sRG9jdW1lbnQgPSB7XG4gICAgaWRzOiBuZXcgU2V0KCksXG4gICAgcmVmZXJlbmNlczogW10sXG4gICAgaW5saW5lU2NyaXB0czogW10sXG4gICAgaW5saW5lU3R5bGVzOiBbXSxcbiAgICBoYXNTdHlsZUF0dHJpYnV0ZXM6IGZhbHNlXG4gIH1cblxuICBjb25zdCBzdGFjazogTm9kZVtdID0gW2RvY3VtZW50XVxuICBjb25zdCBlbGVtZW50czogRWxlbWVudFtdID0gW11cbiAgZm9yIChsZXQgbm9kZSA9IHN0YWNrLnBvcCgpOyBub2RlOyBub2RlID0gc3RhY2sucG9wKCkpIHtcbiAgICBpZiAoJ3RhZ05hbWUnIGluIG5vZGUpIGVsZW1lbnRzLnB1c2gobm9kZSlcbiAgICBzdGFjay5wdXNoKC4uLmNoaWxkcmVuKG5vZGUpLnNsaWNlKCkucmV2ZXJzZSgpKVxuICB9XG5cbiAgZm9yIChjb25zdCBlbGVtZW50IG9mIGVsZW1lbnRzKSB7XG4gICAgY29uc3QgdGFnID0gZWxlbWVudC50YWdOYW1lXG4gICAgY29uc3QgaWQgPSBhdHRyaWJ1dGUoZWxlbWVudCwgJ2lkJylcbiAgICBpZiAoaWQpIHJlc3VsdC5pZHMuYWRkKGlkKVxuICAgIGNvbnN0IG5hbWUgPSBhdHRyaWJ1dGUoZWxlbWVudCwgJ25hbWUnKVxuICAgIGlmICh0YWcgPT09ICdhJyAmJiBuYW1lKSByZXN1bHQuaWRzLmFkZChuYW1lKVxuICAgIGlmIChhdHRyaWJ1dGUoZWxlbWVudCwgJ3N0eWxlJykgIT09IHVuZGVmaW5lZCkge1xuICAgICAgcmVzdWx0Lmhhc1N0eWxlQXR0cmlidXRlcyA9IHRydWVcbiAgICB9XG5cbiAgICBpZiAodGFnID09PSAnc2NyaXB0JyAmJiBhdHRyaWJ1dGUoZWxlbWVudCwgJ3NyYycpID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHJlc3VsdC5pbmxpbmVTY3JpcHRzLnB1c2godGV4dE9mKGVsZW1lbnQpKVxuICAgIH1cbiAgICBpZiAodGFnID09PSAnc3R5bGUnKSByZXN1bHQuaW5saW5lU3R5bGVzLnB1c2godGV4dE9mKGVsZW1lbnQpKVxuICAgIGlmICh0YWcgPT09ICdiYXNlJyAmJiByZXN1bHQuYmFzZUhyZWYgPT09IHVuZGVmaW5lZCkge1xuICAgICAgcmVzdWx0LmJhc2VIcmVmID0gYXR0cmlidXRlKGVsZW1lbnQsICdocmVmJylcbiAgICB9XG5cbiAgICBmb3IgKGNvbnN0IG5hbWUgb2YgdXJsQXR0cmlidXRlc1t0YWddID8/IFtdKSB7XG4gICAgICBjb25zdCB2YWx1ZSA9IGF0dHJpYnV0ZShlbGVtZW50LCBuYW1lKVxuICAgICAgaWYgKHZhbHVlID09PSB1bmRlZmluZWQpIGNvbnRpbnVlXG4gICAgICBjb25zdCB1cmxzID0gbmFtZSA9PT0gJ3NyY3NldCcgPyBzcmNzZXRVcmxzKHZhbHVlKSA6IFt2YWx1ZV1cbiAgICAgIGZvciAoY29uc3QgdXJsIG9mIHVybHMpIHtcbiAgICAgICAgcmVzdWx0LnJlZmVyZW5jZXMucHVzaCh7XG4gICAgICAgICAgdXJsLFxuICAgICAgICAgIHNvdXJjZTogYDwke3RhZ30gJHtuYW1lfT5gLFxuICAgICAgICAgIHRleHQ6IHRhZyA9PT0gJ2EnIHx8IHRhZyA9PT0gJ2FyZWEnID8gbGFiZWxPZihlbGVtZW50KSA6ICcnLFxuICAgICAgICAgIGxpbmU6IGxpbmUoZWxlbWVudClcbiAgICAgICAgfSlcbiAgICAgIH1cbiAgICB9XG5cbiAgICBpZiAoXG4gICAgICB0YWcgPT09ICdtZXRhJyAmJlxuICAgICAgYXR0cmlidXRlKGVsZW1lbnQsICdodHRwLWVxdWl2Jyk/LnRvTG93ZXJDYXNlKCkgPT09ICdyZWZyZXNoJ1xuICAgICkge1xuICAgICAgY29uc3QgdXJsID0gcmVmcmVzaFVybChhdHRyaWJ1dGUoZWxlbWVudCwgJ2NvbnRlbnQnKSA/PyAnJylcbiAgICAgIGlmICh1cmwpIHtcbiAgICAgICAgcmVzdWx0LnJlZmVyZW5jZXMucHVzaCh7XG4gICAgICAgICAgdXJsLFxuICAgICAgICAgIHNvdXJjZTogJzxtZXRhIGh0dHAtZXF1aXY9XCJyZWZyZXNoXCI+JyxcbiAgICAgICAgICB0ZXh0OiAnJyxcbiAgICAgICAgICBsaW5lOiBsaW5lKGVsZW1lbnQpXG4gICAgICAgIH0pXG4gICAgICB9XG4gICAgfVxuICB9XG4gIHJldHVybiByZXN1bHRcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb21tdW5pdHlcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29tbXVuaXR5L3R5cGVzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29tbXVuaXR5L3R5cGVzLnRzXCI7LyoqXG4gKiBUaGUgc2hhcGUgb2YgdGhlIGNvbW11bml0eSBmYWN0cyB0aGF0IHRoZSB3aG9sZSBzaXRlIHJlYWRzLlxuICpcbiAqIEV2ZXJ5dGhpbmcgYSBjb21tdW5pdHkgd291bGQgY2hhbmdlIHRvIGFkb3B0IHRoaXMgc2l0ZSBsaXZlcyBpbiBvbmUgdmFsdWVcbiAqIG9mIHR5cGUgYENvbW11bml0eWAgKHNlZSBgLnZpdGVwcmVzcy9jb21tdW5pdHkudHNgKS4gT3B0aW9uYWwgZmllbGRzIGFyZVxuICogZmFjdHMgd2UgZG8gbm90IGtub3cgeWV0OiBsZWF2ZSB0aGVtIG91dCByYXRoZXIgdGhhbiBndWVzcywgYW5kIHRoZSBwYWdlc1xuICogc2hvdyBvbmx5IHdoYXQgZXhpc3RzLlxuICovXG5cbi8qKiBXaGF0IGEgcmVzb3VyY2UgbGluayBwb2ludHMgYXQ7IHNob3duIGFzIGFuIGljb24gYW5kIGEgdGV4dCBsYWJlbC4gKi9cbmV4cG9ydCBjb25zdCByZXNvdXJjZUtpbmRzID0gW1xuICAnZG9jcycsXG4gICdpc3N1ZXMnLFxuICAnYXJjaGl2ZScsXG4gICdxYScsXG4gICdjaGF0JyxcbiAgJ3JlcG9zaXRvcnknXG5dIGFzIGNvbnN0XG5leHBvcnQgdHlwZSBSZXNvdXJjZUtpbmQgPSAodHlwZW9mIHJlc291cmNlS2luZHMpW251bWJlcl1cblxuLyoqIFdoZXJlIGEgcmVzb3VyY2UgaXMgbGlzdGVkIG9uIHRoZSBjb21tdW5pdHkgZ3VpZGUuICovXG5leHBvcnQgY29uc3QgcmVzb3VyY2VHcm91cHMgPSBbJ2JlZm9yZS15b3UtYXNrJywgJ3RhbGstdG8tdXMnXSBhcyBjb25zdFxuZXhwb3J0IHR5cGUgUmVzb3VyY2VHcm91cCA9ICh0eXBlb2YgcmVzb3VyY2VHcm91cHMpW251bWJlcl1cblxuZXhwb3J0IGludGVyZmFjZSBSZXNvdXJjZSB7XG4gIC8qKiBTdGFibGUga2ViYWItY2FzZSBpZCwgdXNlZCBpbiBgY29tbXVuaXR5OjxpZD5gIGxpbmtzIGFuZCB0ZXN0cy4gKi9cbiAgaWQ6IHN0cmluZ1xuICB0aXRsZTogc3RyaW5nXG4gIC8qKiBNdXN0IGJlIGh0dHBzLiAqL1xuICB1cmw6IHN0cmluZ1xuICAvKiogT25lIGxpbmU6IHdoYXQgYSByZWFkZXIgZmluZHMgdGhlcmUuICovXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAga2luZDogUmVzb3VyY2VLaW5kXG4gIGdyb3VwOiBSZXNvdXJjZUdyb3VwXG4gIC8qKiBPcGVuIGluIGEgbmV3IHRhYi4gT2ZmIGJ5IGRlZmF1bHQ6IHJlYWRlcnMgY2hvb3NlIGZvciB0aGVtc2VsdmVzLiAqL1xuICBuZXdUYWI/OiBib29sZWFuXG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGFjdCB7XG4gIG5hbWU6IHN0cmluZ1xuICAvKiogQSBwdWJsaWMgcHJvZmlsZSwgc3VjaCBhcyBhIEdpdEh1YiBwYWdlLiBNdXN0IGJlIGh0dHBzLiAqL1xuICBwcm9maWxlVXJsOiBzdHJpbmdcbiAgLyoqIFdoYXQgdG8gY29udGFjdCB0aGlzIHBlcnNvbiBhYm91dC4gKi9cbiAgcm9sZTogc3RyaW5nXG4gIC8qKiBJQU5BIHRpbWUgem9uZSwgc3VjaCBhcyBgRXVyb3BlL0JlcmxpbmA7IG9taXQgd2hlbiB1bmtub3duLiAqL1xuICB0aW1lWm9uZT86IHN0cmluZ1xuICAvKiogTGFuZ3VhZ2VzIHRoZSBwZXJzb24gaXMgaGFwcHkgdG8gYmUgY29udGFjdGVkIGluOyBvbWl0IHdoZW4gdW5rbm93bi4gKi9cbiAgbGFuZ3VhZ2VzPzogc3RyaW5nW11cbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXBvc2l0b3J5IHtcbiAgLyoqIGh0dHBzIFVSTCBvZiB0aGUgcmVwb3NpdG9yeSdzIGhvbWUgcGFnZS4gKi9cbiAgdXJsOiBzdHJpbmdcbiAgLyoqIFRoZSBicmFuY2ggdGhhdCBlZGl0cyBhcmUgcHJvcG9zZWQgYWdhaW5zdC4gKi9cbiAgYnJhbmNoOiBzdHJpbmdcbn1cblxuZXhwb3J0IGludGVyZmFjZSBSZXBvcnRpbmcge1xuICAvKipcbiAgICogQW4gYWRkcmVzcyB0aGF0IHJlYWNoZXMgdGhlIG1vZGVyYXRvcnMuIE9wdGlvbmFsOiB0aGUgc2VlZCBuYW1lcyBub25lLFxuICAgKiBhbmQgdGhlIHBhZ2VzIG9ubHkgb2ZmZXIgZW1haWwgd2hlbiBvbmUgaXMgY29uZmlndXJlZC5cbiAgICovXG4gIGVtYWlsPzogc3RyaW5nXG4gIC8qKiBXaGV0aGVyIFNsYWNrJ3MgYnVpbHQtaW4gXCJSZXBvcnQgbWVzc2FnZVwiIGFjdGlvbiBpcyBlbmFibGVkLiAqL1xuICBzbGFja1JlcG9ydE1lc3NhZ2U6IGJvb2xlYW5cbiAgLyoqIFdobyB0byBkaXJlY3QtbWVzc2FnZSBpbiBTbGFjayBhYm91dCBhIHByb2JsZW0sIGluIHBsYWluIHdvcmRzLiAqL1xuICBzbGFja01vZGVyYXRvcnM6IHN0cmluZ1xuICAvKipcbiAgICogV2hhdCBhIHJlcG9ydCBzaG91bGQgY29udGFpbiwgb25lIGl0ZW0gYSBsaW5lLiBUaGUgcmVwb3J0aW5nIGJveCwgdGhlXG4gICAqIGNvZGUgb2YgY29uZHVjdCBhbmQgdGhlIHByZS1maWxsZWQgcmVwb3J0IGVtYWlsIGFsbCBzaG93IHRoaXMgbGlzdC5cbiAgICovXG4gIHdoYXRUb0luY2x1ZGU6IHN0cmluZ1tdXG4gIC8qKiBIb3cgc29vbiBhIHJlcG9ydGVyIGhlYXJzIGJhY2ssIGluIHBsYWluIHdvcmRzLiAqL1xuICByZXNwb25zZVRpbWVzOiB7XG4gICAgYWNrbm93bGVkZ2VtZW50OiBzdHJpbmdcbiAgICBkZWNpc2lvbjogc3RyaW5nXG4gIH1cbn1cblxuZXhwb3J0IGludGVyZmFjZSBDb21tdW5pdHkge1xuICAvKiogVGhlIGNvbW11bml0eSdzIG5hbWUsIGFzIHJlYWRlcnMga25vdyBpdDogXCJQcmVmZWN0XCIuICovXG4gIG5hbWU6IHN0cmluZ1xuICAvKiogQSBvbmUtc2VudGVuY2UgZGVzY3JpcHRpb24sIHVzZWQgZm9yIHRoZSBzaXRlIGFuZCBmb3IgbGluayBwcmV2aWV3cy4gKi9cbiAgZGVzY3JpcHRpb246IHN0cmluZ1xuICAvKiogQkNQIDQ3IGxhbmd1YWdlIHRhZyBvZiB0aGUgcGFnZXMuICovXG4gIGxhbmc6IHN0cmluZ1xuICBzaXRlOiB7XG4gICAgLyoqIEFic29sdXRlIGh0dHBzIG9yaWdpbiAoYW5kIHBhdGgsIGlmIGFueSkgd2hlcmUgdGhlIHNpdGUgaXMgcHVibGlzaGVkLiAqL1xuICAgIHVybDogc3RyaW5nXG4gICAgLyoqXG4gICAgICogVGhlIHJlcG9zaXRvcnkgaG9sZGluZyB0aGlzIHNpdGUncyBNYXJrZG93biwgZm9yIFwiRWRpdCB0aGlzIHBhZ2VcIi5cbiAgICAgKiBPcHRpb25hbDogd2hlbiBsZWZ0IG91dCwgYSBHaXRIdWIgQWN0aW9ucyBidWlsZCB0YWtlcyBpdCBmcm9tIEdpdEh1YidzXG4gICAgICogb3duIHZhcmlhYmxlcywgYW5kIG90aGVyIGJ1aWxkcyBzaG93IG5vIGVkaXQgbGluay5cbiAgICAgKi9cbiAgICByZXBvc2l0b3J5PzogUmVwb3NpdG9yeVxuICB9XG4gIC8qKiBUaGUgcHJvamVjdCB0aGUgY29tbXVuaXR5IGdhdGhlcnMgYXJvdW5kLiAqL1xuICBwcm9qZWN0OiB7XG4gICAgbmFtZTogc3RyaW5nXG4gICAgcmVwb3NpdG9yeTogc3RyaW5nXG4gIH1cbiAgc2xhY2s6IHtcbiAgICAvKiogaHR0cHMgbGluayB0aGF0IGxldHMgYW55b25lIGpvaW4gdGhlIHdvcmtzcGFjZS4gKi9cbiAgICBpbnZpdGVVcmw6IHN0cmluZ1xuICB9XG4gIGNvbnRhY3RzOiBDb250YWN0W11cbiAgcmVwb3J0aW5nOiBSZXBvcnRpbmdcbiAgcmVzb3VyY2VzOiBSZXNvdXJjZVtdXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29tbXVuaXR5XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2NvbW11bml0eS92YWxpZGF0ZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL2NvbW11bml0eS92YWxpZGF0ZS50c1wiO2ltcG9ydCB7XG4gIHJlc291cmNlR3JvdXBzLFxuICByZXNvdXJjZUtpbmRzLFxuICB0eXBlIENvbW11bml0eSxcbiAgdHlwZSBDb250YWN0LFxuICB0eXBlIFJlc291cmNlXG59IGZyb20gJy4vdHlwZXMnXG5cbi8qKlxuICogQ2hlY2tzIHRoZSBjb21tdW5pdHkgZmFjdHMgd2hlbiB0aGUgc2l0ZSBjb25maWcgbG9hZHMsIHNvIGEgdHlwbyBmYWlsc1xuICogYHZpdGVwcmVzcyBidWlsZGAgKGFuZCBgZGV2YCkgd2l0aCBhIG1lc3NhZ2UgbmFtaW5nIHRoZSBmaWVsZCwgaW5zdGVhZCBvZlxuICogc2hpcHBpbmcgYSBicm9rZW4gbGluay4gVHlwZVNjcmlwdCBhbHJlYWR5IGNhdGNoZXMgd3Jvbmcgc2hhcGVzIGluIHRoZVxuICogZWRpdG9yOyB0aGlzIGNhdGNoZXMgd3JvbmcgdmFsdWVzLCBhbmQgd3Jvbmcgc2hhcGVzIGZyb20gdW50eXBlZCBlZGl0cy5cbiAqL1xuXG5leHBvcnQgY2xhc3MgQ29tbXVuaXR5Q29uZmlnRXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IHByb2JsZW1zOiBzdHJpbmdbXSxcbiAgICBzb3VyY2U6IHN0cmluZ1xuICApIHtcbiAgICBzdXBlcihcbiAgICAgIGAke3NvdXJjZX0gaGFzICR7cHJvYmxlbXMubGVuZ3RoID09PSAxID8gJ2EgcHJvYmxlbScgOiBgJHtwcm9ibGVtcy5sZW5ndGh9IHByb2JsZW1zYH06XFxuYCArXG4gICAgICAgIHByb2JsZW1zLm1hcCgocHJvYmxlbSkgPT4gYCAgLSAke3Byb2JsZW19YCkuam9pbignXFxuJylcbiAgICApXG4gICAgdGhpcy5uYW1lID0gJ0NvbW11bml0eUNvbmZpZ0Vycm9yJ1xuICB9XG59XG5cbmNvbnN0IGtlYmFiQ2FzZSA9IC9eW2EtejAtOV0rKD86LVthLXowLTldKykqJC9cbmNvbnN0IGVtYWlsQWRkcmVzcyA9IC9eW15cXHNAPD4oKVwiXStAW15cXHNAPD4oKVwiXStcXC5bXlxcc0A8PigpXCJdKyQvXG5cbi8qKiBDb2xsZWN0cyBwcm9ibGVtcyBhcyBpdCB3YWxrcyB0aGUgY29uZmlnOyBlYWNoIG5hbWVzIGl0cyBmaWVsZC4gKi9cbmNsYXNzIENoZWNrZXIge1xuICByZWFkb25seSBwcm9ibGVtczogc3RyaW5nW10gPSBbXVxuXG4gIGZhaWwoZmllbGQ6IHN0cmluZywgbWVzc2FnZTogc3RyaW5nKTogdm9pZCB7XG4gICAgdGhpcy5wcm9ibGVtcy5wdXNoKGAke2ZpZWxkfTogJHttZXNzYWdlfWApXG4gIH1cblxuICB0ZXh0KGZpZWxkOiBzdHJpbmcsIHZhbHVlOiB1bmtub3duKTogdmFsdWUgaXMgc3RyaW5nIHtcbiAgICBpZiAodHlwZW9mIHZhbHVlICE9PSAnc3RyaW5nJyB8fCB2YWx1ZS50cmltKCkgPT09ICcnKSB7XG4gICAgICB0aGlzLmZhaWwoXG4gICAgICAgIGZpZWxkLFxuICAgICAgICB2YWx1ZSA9PT0gdW5kZWZpbmVkID8gJ2lzIG1pc3NpbmcnIDogJ211c3QgYmUgYSBub24tZW1wdHkgc3RyaW5nJ1xuICAgICAgKVxuICAgICAgcmV0dXJuIGZhbHNlXG4gICAgfVxuICAgIHJldHVybiB0cnVlXG4gIH1cblxuICBodHRwc1VybChmaWVsZDogc3RyaW5nLCB2YWx1ZTogdW5rbm93bik6IHZvaWQge1xuICAgIGlmICghdGhpcy50ZXh0KGZpZWxkLCB2YWx1ZSkpIHJldHVyblxuICAgIGxldCB1cmw6IFVSTFxuICAgIHRyeSB7XG4gICAgICB1cmwgPSBuZXcgVVJMKHZhbHVlKVxuICAgIH0gY2F0Y2gge1xuICAgICAgdGhpcy5mYWlsKGZpZWxkLCBgaXMgbm90IGEgdmFsaWQgVVJMOiBcIiR7dmFsdWV9XCJgKVxuICAgICAgcmV0dXJuXG4gICAgfVxuICAgIGlmICh1cmwucHJvdG9jb2wgIT09ICdodHRwczonKVxuICAgICAgdGhpcy5mYWlsKGZpZWxkLCBgbXVzdCB1c2UgaHR0cHM6IFwiJHt2YWx1ZX1cImApXG4gIH1cblxuICBvbmVPZihmaWVsZDogc3RyaW5nLCB2YWx1ZTogdW5rbm93biwgYWxsb3dlZDogcmVhZG9ubHkgc3RyaW5nW10pOiB2b2lkIHtcbiAgICBpZiAoIXRoaXMudGV4dChmaWVsZCwgdmFsdWUpKSByZXR1cm5cbiAgICBpZiAoIWFsbG93ZWQuaW5jbHVkZXModmFsdWUpKSB7XG4gICAgICB0aGlzLmZhaWwoZmllbGQsIGBcIiR7dmFsdWV9XCIgaXMgbm90IG9uZSBvZiAke2FsbG93ZWQuam9pbignLCAnKX1gKVxuICAgIH1cbiAgfVxuXG4gIHRpbWVab25lKGZpZWxkOiBzdHJpbmcsIHZhbHVlOiB1bmtub3duKTogdm9pZCB7XG4gICAgaWYgKCF0aGlzLnRleHQoZmllbGQsIHZhbHVlKSkgcmV0dXJuXG4gICAgdHJ5IHtcbiAgICAgIG5ldyBJbnRsLkRhdGVUaW1lRm9ybWF0KCdlbicsIHsgdGltZVpvbmU6IHZhbHVlIH0pXG4gICAgfSBjYXRjaCB7XG4gICAgICB0aGlzLmZhaWwoXG4gICAgICAgIGZpZWxkLFxuICAgICAgICBgXCIke3ZhbHVlfVwiIGlzIG5vdCBhIGtub3duIElBTkEgdGltZSB6b25lLCBzdWNoIGFzIFwiRXVyb3BlL0JlcmxpblwiYFxuICAgICAgKVxuICAgIH1cbiAgfVxuXG4gIGxpc3QoZmllbGQ6IHN0cmluZywgdmFsdWU6IHVua25vd24pOiB2YWx1ZSBpcyB1bmtub3duW10ge1xuICAgIGlmICghQXJyYXkuaXNBcnJheSh2YWx1ZSkpIHtcbiAgICAgIHRoaXMuZmFpbChmaWVsZCwgdmFsdWUgPT09IHVuZGVmaW5lZCA/ICdpcyBtaXNzaW5nJyA6ICdtdXN0IGJlIGEgbGlzdCcpXG4gICAgICByZXR1cm4gZmFsc2VcbiAgICB9XG4gICAgcmV0dXJuIHRydWVcbiAgfVxufVxuXG4vKiogYHJlc291cmNlc1syXSAoXCJTbGFja1wiKWA6IHRoZSBpbmRleCwgYW5kIHRoZSB0aXRsZSB3aGVuIHRoZXJlIGlzIG9uZS4gKi9cbmZ1bmN0aW9uIGVudHJ5TmFtZShcbiAgbGlzdDogc3RyaW5nLFxuICBpbmRleDogbnVtYmVyLFxuICBlbnRyeTogeyB0aXRsZT86IHVua25vd247IG5hbWU/OiB1bmtub3duIH1cbik6IHN0cmluZyB7XG4gIGNvbnN0IGxhYmVsID0gdHlwZW9mIGVudHJ5LnRpdGxlID09PSAnc3RyaW5nJyA/IGVudHJ5LnRpdGxlIDogZW50cnkubmFtZVxuICByZXR1cm4gdHlwZW9mIGxhYmVsID09PSAnc3RyaW5nJyAmJiBsYWJlbC50cmltKCkgIT09ICcnXG4gICAgPyBgJHtsaXN0fVske2luZGV4fV0gKFwiJHtsYWJlbH1cIilgXG4gICAgOiBgJHtsaXN0fVske2luZGV4fV1gXG59XG5cbmZ1bmN0aW9uIGNoZWNrQ29udGFjdChcbiAgY2hlY2s6IENoZWNrZXIsXG4gIGNvbnRhY3Q6IFBhcnRpYWw8Q29udGFjdD4sXG4gIGluZGV4OiBudW1iZXJcbik6IHZvaWQge1xuICBjb25zdCBmaWVsZCA9IGVudHJ5TmFtZSgnY29udGFjdHMnLCBpbmRleCwgY29udGFjdClcbiAgY2hlY2sudGV4dChgJHtmaWVsZH0ubmFtZWAsIGNvbnRhY3QubmFtZSlcbiAgY2hlY2suaHR0cHNVcmwoYCR7ZmllbGR9LnByb2ZpbGVVcmxgLCBjb250YWN0LnByb2ZpbGVVcmwpXG4gIGNoZWNrLnRleHQoYCR7ZmllbGR9LnJvbGVgLCBjb250YWN0LnJvbGUpXG4gIGlmIChjb250YWN0LnRpbWVab25lICE9PSB1bmRlZmluZWQpXG4gICAgY2hlY2sudGltZVpvbmUoYCR7ZmllbGR9LnRpbWVab25lYCwgY29udGFjdC50aW1lWm9uZSlcbiAgaWYgKFxuICAgIGNvbnRhY3QubGFuZ3VhZ2VzICE9PSB1bmRlZmluZWQgJiZcbiAgICBjaGVjay5saXN0KGAke2ZpZWxkfS5sYW5ndWFnZXNgLCBjb250YWN0Lmxhbmd1YWdlcylcbiAgKSB7XG4gICAgY29udGFjdC5sYW5ndWFnZXMuZm9yRWFjaCgobGFuZ3VhZ2UsIGkpID0+XG4gICAgICBjaGVjay50ZXh0KGAke2ZpZWxkfS5sYW5ndWFnZXNbJHtpfV1gLCBsYW5ndWFnZSlcbiAgICApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tSZXNvdXJjZShcbiAgY2hlY2s6IENoZWNrZXIsXG4gIHJlc291cmNlOiBQYXJ0aWFsPFJlc291cmNlPixcbiAgaW5kZXg6IG51bWJlcixcbiAgc2VlbjogeyBpZHM6IE1hcDxzdHJpbmcsIHN0cmluZz47IHVybHM6IE1hcDxzdHJpbmcsIHN0cmluZz4gfVxuKTogdm9pZCB7XG4gIGNvbnN0IGZpZWxkID0gZW50cnlOYW1lKCdyZXNvdXJjZXMnLCBpbmRleCwgcmVzb3VyY2UpXG4gIGlmIChjaGVjay50ZXh0KGAke2ZpZWxkfS5pZGAsIHJlc291cmNlLmlkKSkge1xuICAgIGlmICgha2ViYWJDYXNlLnRlc3QocmVzb3VyY2UuaWQpKSB7XG4gICAgICBjaGVjay5mYWlsKFxuICAgICAgICBgJHtmaWVsZH0uaWRgLFxuICAgICAgICBgXCIke3Jlc291cmNlLmlkfVwiIG11c3QgYmUga2ViYWItY2FzZSwgc3VjaCBhcyBcImdpdGh1Yi1pc3N1ZXNcImBcbiAgICAgIClcbiAgICB9XG4gICAgY29uc3QgZmlyc3QgPSBzZWVuLmlkcy5nZXQocmVzb3VyY2UuaWQpXG4gICAgaWYgKGZpcnN0KVxuICAgICAgY2hlY2suZmFpbChgJHtmaWVsZH0uaWRgLCBgXCIke3Jlc291cmNlLmlkfVwiIGlzIGFscmVhZHkgdXNlZCBieSAke2ZpcnN0fWApXG4gICAgZWxzZSBzZWVuLmlkcy5zZXQocmVzb3VyY2UuaWQsIGZpZWxkKVxuICB9XG4gIGNoZWNrLnRleHQoYCR7ZmllbGR9LnRpdGxlYCwgcmVzb3VyY2UudGl0bGUpXG4gIGNoZWNrLmh0dHBzVXJsKGAke2ZpZWxkfS51cmxgLCByZXNvdXJjZS51cmwpXG4gIGlmICh0eXBlb2YgcmVzb3VyY2UudXJsID09PSAnc3RyaW5nJykge1xuICAgIGNvbnN0IGZpcnN0ID0gc2Vlbi51cmxzLmdldChyZXNvdXJjZS51cmwpXG4gICAgaWYgKGZpcnN0KVxuICAgICAgY2hlY2suZmFpbChcbiAgICAgICAgYCR7ZmllbGR9LnVybGAsXG4gICAgICAgIGBcIiR7cmVzb3VyY2UudXJsfVwiIGlzIGFscmVhZHkgbGlzdGVkIGJ5ICR7Zmlyc3R9YFxuICAgICAgKVxuICAgIGVsc2Ugc2Vlbi51cmxzLnNldChyZXNvdXJjZS51cmwsIGZpZWxkKVxuICB9XG4gIGNoZWNrLnRleHQoYCR7ZmllbGR9LmRlc2NyaXB0aW9uYCwgcmVzb3VyY2UuZGVzY3JpcHRpb24pXG4gIGNoZWNrLm9uZU9mKGAke2ZpZWxkfS5raW5kYCwgcmVzb3VyY2Uua2luZCwgcmVzb3VyY2VLaW5kcylcbiAgY2hlY2sub25lT2YoYCR7ZmllbGR9Lmdyb3VwYCwgcmVzb3VyY2UuZ3JvdXAsIHJlc291cmNlR3JvdXBzKVxufVxuXG4vKipcbiAqIFJldHVybnMgdGhlIGNvbmZpZyB1bmNoYW5nZWQgd2hlbiBldmVyeSB2YWx1ZSBpcyB2YWxpZDsgb3RoZXJ3aXNlIHRocm93cyBhXG4gKiBgQ29tbXVuaXR5Q29uZmlnRXJyb3JgIGxpc3RpbmcgZXZlcnkgcHJvYmxlbSwgZWFjaCBuYW1pbmcgaXRzIGZpZWxkLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdmFsaWRhdGVDb21tdW5pdHkoXG4gIGNvbW11bml0eTogQ29tbXVuaXR5LFxuICBzb3VyY2UgPSAnLnZpdGVwcmVzcy9jb21tdW5pdHkudHMnXG4pOiBDb21tdW5pdHkge1xuICBjb25zdCBjaGVjayA9IG5ldyBDaGVja2VyKClcbiAgY29uc3QgaW5wdXQgPSBjb21tdW5pdHkgYXMgUGFydGlhbDxDb21tdW5pdHk+XG5cbiAgY2hlY2sudGV4dCgnbmFtZScsIGlucHV0Lm5hbWUpXG4gIGNoZWNrLnRleHQoJ2Rlc2NyaXB0aW9uJywgaW5wdXQuZGVzY3JpcHRpb24pXG4gIGNoZWNrLnRleHQoJ2xhbmcnLCBpbnB1dC5sYW5nKVxuXG4gIGNoZWNrLmh0dHBzVXJsKCdzaXRlLnVybCcsIGlucHV0LnNpdGU/LnVybClcbiAgaWYgKGlucHV0LnNpdGU/LnJlcG9zaXRvcnkgIT09IHVuZGVmaW5lZCkge1xuICAgIGNoZWNrLmh0dHBzVXJsKCdzaXRlLnJlcG9zaXRvcnkudXJsJywgaW5wdXQuc2l0ZS5yZXBvc2l0b3J5LnVybClcbiAgICBjaGVjay50ZXh0KCdzaXRlLnJlcG9zaXRvcnkuYnJhbmNoJywgaW5wdXQuc2l0ZS5yZXBvc2l0b3J5LmJyYW5jaClcbiAgfVxuXG4gIGNoZWNrLnRleHQoJ3Byb2plY3QubmFtZScsIGlucHV0LnByb2plY3Q/Lm5hbWUpXG4gIGNoZWNrLmh0dHBzVXJsKCdwcm9qZWN0LnJlcG9zaXRvcnknLCBpbnB1dC5wcm9qZWN0Py5yZXBvc2l0b3J5KVxuXG4gIGNoZWNrLmh0dHBzVXJsKCdzbGFjay5pbnZpdGVVcmwnLCBpbnB1dC5zbGFjaz8uaW52aXRlVXJsKVxuXG4gIGlmIChjaGVjay5saXN0KCdjb250YWN0cycsIGlucHV0LmNvbnRhY3RzKSkge1xuICAgIGlmIChpbnB1dC5jb250YWN0cy5sZW5ndGggPT09IDApXG4gICAgICBjaGVjay5mYWlsKCdjb250YWN0cycsICdtdXN0IGxpc3QgYXQgbGVhc3Qgb25lIGNvbnRhY3QnKVxuICAgIGlucHV0LmNvbnRhY3RzLmZvckVhY2goKGNvbnRhY3QsIGluZGV4KSA9PlxuICAgICAgY2hlY2tDb250YWN0KGNoZWNrLCBjb250YWN0ID8/IHt9LCBpbmRleClcbiAgICApXG4gIH1cblxuICBjb25zdCByZXBvcnRpbmcgPSBpbnB1dC5yZXBvcnRpbmdcbiAgaWYgKHJlcG9ydGluZz8uZW1haWwgIT09IHVuZGVmaW5lZCAmJiAhZW1haWxBZGRyZXNzLnRlc3QocmVwb3J0aW5nLmVtYWlsKSkge1xuICAgIGNoZWNrLmZhaWwoXG4gICAgICAncmVwb3J0aW5nLmVtYWlsJyxcbiAgICAgIGBcIiR7cmVwb3J0aW5nLmVtYWlsfVwiIGlzIG5vdCBhbiBlbWFpbCBhZGRyZXNzYFxuICAgIClcbiAgfVxuICBpZiAodHlwZW9mIHJlcG9ydGluZz8uc2xhY2tSZXBvcnRNZXNzYWdlICE9PSAnYm9vbGVhbicpIHtcbiAgICBjaGVjay5mYWlsKCdyZXBvcnRpbmcuc2xhY2tSZXBvcnRNZXNzYWdlJywgJ211c3QgYmUgdHJ1ZSBvciBmYWxzZScpXG4gIH1cbiAgY2hlY2sudGV4dCgncmVwb3J0aW5nLnNsYWNrTW9kZXJhdG9ycycsIHJlcG9ydGluZz8uc2xhY2tNb2RlcmF0b3JzKVxuICBjb25zdCB3aGF0VG9JbmNsdWRlID0gcmVwb3J0aW5nPy53aGF0VG9JbmNsdWRlXG4gIGlmIChjaGVjay5saXN0KCdyZXBvcnRpbmcud2hhdFRvSW5jbHVkZScsIHdoYXRUb0luY2x1ZGUpKSB7XG4gICAgaWYgKHdoYXRUb0luY2x1ZGUubGVuZ3RoID09PSAwKVxuICAgICAgY2hlY2suZmFpbCgncmVwb3J0aW5nLndoYXRUb0luY2x1ZGUnLCAnbXVzdCBsaXN0IGF0IGxlYXN0IG9uZSBpdGVtJylcbiAgICB3aGF0VG9JbmNsdWRlLmZvckVhY2goKGl0ZW0sIGluZGV4KSA9PlxuICAgICAgY2hlY2sudGV4dChgcmVwb3J0aW5nLndoYXRUb0luY2x1ZGVbJHtpbmRleH1dYCwgaXRlbSlcbiAgICApXG4gIH1cbiAgY2hlY2sudGV4dChcbiAgICAncmVwb3J0aW5nLnJlc3BvbnNlVGltZXMuYWNrbm93bGVkZ2VtZW50JyxcbiAgICByZXBvcnRpbmc/LnJlc3BvbnNlVGltZXM/LmFja25vd2xlZGdlbWVudFxuICApXG4gIGNoZWNrLnRleHQoXG4gICAgJ3JlcG9ydGluZy5yZXNwb25zZVRpbWVzLmRlY2lzaW9uJyxcbiAgICByZXBvcnRpbmc/LnJlc3BvbnNlVGltZXM/LmRlY2lzaW9uXG4gIClcblxuICBpZiAoY2hlY2subGlzdCgncmVzb3VyY2VzJywgaW5wdXQucmVzb3VyY2VzKSkge1xuICAgIGNvbnN0IHNlZW4gPSB7XG4gICAgICBpZHM6IG5ldyBNYXA8c3RyaW5nLCBzdHJpbmc+KCksXG4gICAgICB1cmxzOiBuZXcgTWFwPHN0cmluZywgc3RyaW5nPigpXG4gICAgfVxuICAgIGlucHV0LnJlc291cmNlcy5mb3JFYWNoKChyZXNvdXJjZSwgaW5kZXgpID0+XG4gICAgICBjaGVja1Jlc291cmNlKGNoZWNrLCByZXNvdXJjZSA/PyB7fSwgaW5kZXgsIHNlZW4pXG4gICAgKVxuICB9XG5cbiAgaWYgKGNoZWNrLnByb2JsZW1zLmxlbmd0aCA+IDApXG4gICAgdGhyb3cgbmV3IENvbW11bml0eUNvbmZpZ0Vycm9yKGNoZWNrLnByb2JsZW1zLCBzb3VyY2UpXG4gIHJldHVybiBjb21tdW5pdHlcbn1cblxuLyoqIFR5cGVkIGhlbHBlciBmb3IgYC52aXRlcHJlc3MvY29tbXVuaXR5LnRzYDogdmFsaWRhdGVzIGFuZCBmcmVlemVzIHRoZSBmYWN0cy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBkZWZpbmVDb21tdW5pdHkoY29tbXVuaXR5OiBDb21tdW5pdHkpOiBSZWFkb25seTxDb21tdW5pdHk+IHtcbiAgcmV0dXJuIE9iamVjdC5mcmVlemUodmFsaWRhdGVDb21tdW5pdHkoY29tbXVuaXR5KSlcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb21tdW5pdHkudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb21tdW5pdHkudHNcIjtpbXBvcnQgeyBkZWZpbmVDb21tdW5pdHkgfSBmcm9tICcuL2NvbW11bml0eS92YWxpZGF0ZSdcblxuY29uc3Qgc2xhY2tJbnZpdGVVcmwgPSAnaHR0cHM6Ly9wcmVmZWN0LmlvL3NsYWNrJ1xuY29uc3QgcHJvamVjdFJlcG9zaXRvcnkgPSAnaHR0cHM6Ly9naXRodWIuY29tL1ByZWZlY3RIUS9wcmVmZWN0J1xuXG4vKipcbiAqIFRoZSBjb21tdW5pdHkgZmFjdHM6IHRoZSBvbmUgZmlsZSBhbm90aGVyIGNvbW11bml0eSBlZGl0cyB0byBhZG9wdCB0aGlzXG4gKiBzaXRlICh3aXRoIHRoZSBNYXJrZG93biBpbiBgZG9jcy9gKS4gUGFnZXMsIGNvbXBvbmVudHMgYW5kIHRoZSBzaXRlIGNvbmZpZ1xuICogcmVhZCB0aGVzZSB2YWx1ZXM7IG5vbmUgb2YgdGhlbSBrZWVwcyBhIGNvcHkuXG4gKlxuICogTGVhdmUgYW4gb3B0aW9uYWwgZmllbGQgb3V0IHdoZW4gdGhlIGZhY3QgaXMgbm90IGtub3duLiBOZXZlciBndWVzcyBhblxuICogYWRkcmVzcyBvciBhIHBlcnNvbjogdGhlIHBhZ2VzIHNob3cgb25seSB0aGUgcm91dGVzIHRoYXQgZXhpc3QuXG4gKi9cbmV4cG9ydCBjb25zdCBjb21tdW5pdHkgPSBkZWZpbmVDb21tdW5pdHkoe1xuICBuYW1lOiAnUHJlZmVjdCcsXG4gIGRlc2NyaXB0aW9uOlxuICAgICdIb3cgdGhlIFByZWZlY3QgY29tbXVuaXR5IHdvcmtzOiB3aGVyZSB0byBnZXQgaGVscCwgdGhlIFNsYWNrIHJ1bGVzLCBhbmQgdGhlIGNvZGUgb2YgY29uZHVjdCB0aGF0IGtlZXBzIGl0IHdlbGNvbWluZy4nLFxuICBsYW5nOiAnZW4tVVMnLFxuXG4gIHNpdGU6IHtcbiAgICAvLyBUaGUgb2xkIGNvbW11bml0eSBwYWdlcyB3ZXJlIHNlcnZlZCBmcm9tIGRvY3MucHJlZmVjdC5pby9jb3JlLy5cbiAgICB1cmw6ICdodHRwczovL2RvY3MucHJlZmVjdC5pbydcbiAgICAvLyByZXBvc2l0b3J5OiB3aGVyZSB0aGlzIHNpdGUncyBNYXJrZG93biBsaXZlcywgZm9yIFwiRWRpdCB0aGlzIHBhZ2VcIi5cbiAgICAvLyBOb3Qga25vd24geWV0OyBDSSBmaWxscyBpdCBpbiBmcm9tIEdpdEh1YidzIG93biB2YXJpYWJsZXMgaW5zdGVhZC5cbiAgfSxcblxuICBwcm9qZWN0OiB7XG4gICAgbmFtZTogJ1ByZWZlY3QnLFxuICAgIHJlcG9zaXRvcnk6IHByb2plY3RSZXBvc2l0b3J5XG4gIH0sXG5cbiAgc2xhY2s6IHtcbiAgICBpbnZpdGVVcmw6IHNsYWNrSW52aXRlVXJsXG4gIH0sXG5cbiAgY29udGFjdHM6IFtcbiAgICB7XG4gICAgICBuYW1lOiAnQ2hyaXMgV2hpdGUnLFxuICAgICAgcHJvZmlsZVVybDogJ2h0dHBzOi8vZ2l0aHViLmNvbS9jaWNkdycsXG4gICAgICByb2xlOiAnTWFpbiBwb2ludCBvZiBjb250YWN0IGZvciB0aGUgUHJlZmVjdCByZXBvc2l0b3J5J1xuICAgICAgLy8gdGltZVpvbmUgYW5kIGxhbmd1YWdlcyBhcmUgbm90IGtub3duIHlldC5cbiAgICB9XG4gIF0sXG5cbiAgcmVwb3J0aW5nOiB7XG4gICAgLy8gTm8gcmVwb3J0IGFkZHJlc3MgaXMgcHVibGlzaGVkIHlldDsgYWRkIGBlbWFpbGAgd2hlbiB0aGVyZSBpcyBvbmUuXG4gICAgc2xhY2tSZXBvcnRNZXNzYWdlOiB0cnVlLFxuICAgIHNsYWNrTW9kZXJhdG9yczogJ2EgbWVtYmVyIG9mIHRoZSBQcmVmZWN0IHRlYW0nLFxuICAgIHdoYXRUb0luY2x1ZGU6IFtcbiAgICAgICdXaGF0IGhhcHBlbmVkLCBpbiB5b3VyIG93biB3b3Jkcy4nLFxuICAgICAgJ1doZXJlIGFuZCB3aGVuIGl0IGhhcHBlbmVkLCB3aXRoIGEgbGluayB0byB0aGUgbWVzc2FnZSBvciB0aHJlYWQgaWYgdGhlcmUgaXMgb25lLiBTY3JlZW5zaG90cyBoZWxwLCBhcyBtZXNzYWdlcyBjYW4gYmUgZWRpdGVkIG9yIGRlbGV0ZWQuJyxcbiAgICAgICdXaG8gd2FzIGludm9sdmVkLCBhbmQgd2hvIGVsc2Ugc2F3IGl0LicsXG4gICAgICAnQW55dGhpbmcgZWxzZSB3ZSBzaG91bGQga25vdywgZm9yIGV4YW1wbGUgd2hldGhlciBpdCBpcyBzdGlsbCBnb2luZyBvbi4nXG4gICAgXSxcbiAgICByZXNwb25zZVRpbWVzOiB7XG4gICAgICBhY2tub3dsZWRnZW1lbnQ6ICd3aXRoaW4gMiB3b3JraW5nIGRheXMnLFxuICAgICAgZGVjaXNpb246ICd3aXRoaW4gMiB3ZWVrcydcbiAgICB9XG4gIH0sXG5cbiAgcmVzb3VyY2VzOiBbXG4gICAge1xuICAgICAgaWQ6ICdzbGFjay1hcmNoaXZlJyxcbiAgICAgIHRpdGxlOiAnUHJldmlvdXMgU2xhY2sgdGhyZWFkcycsXG4gICAgICB1cmw6ICdodHRwczovL2dpdGh1Yi5jb20vUHJlZmVjdEhRL3ByZWZlY3QvaXNzdWVzP3E9aXMlM0FvcGVuK2lzJTNBaXNzdWUrbGFiZWwlM0ElMjJQcmVmZWN0K1NsYWNrK0NvbW11bml0eSUyMicsXG4gICAgICBkZXNjcmlwdGlvbjpcbiAgICAgICAgJ1VzZWZ1bCBTbGFjayB0aHJlYWRzLCBhcmNoaXZlZCBhcyBHaXRIdWIgaXNzdWVzIHNvIHRoZXkgc3RheSBzZWFyY2hhYmxlLicsXG4gICAgICBraW5kOiAnYXJjaGl2ZScsXG4gICAgICBncm91cDogJ2JlZm9yZS15b3UtYXNrJ1xuICAgIH0sXG4gICAge1xuICAgICAgaWQ6ICdkb2N1bWVudGF0aW9uJyxcbiAgICAgIHRpdGxlOiAnUHJlZmVjdCBkb2N1bWVudGF0aW9uJyxcbiAgICAgIHVybDogJ2h0dHBzOi8vZG9jcy5wcmVmZWN0LmlvL2NvcmUvZGV2ZWxvcG1lbnQvZG9jdW1lbnRhdGlvbi5odG1sJyxcbiAgICAgIGRlc2NyaXB0aW9uOiAnR3VpZGVzLCBjb25jZXB0cyBhbmQgdGhlIEFQSSByZWZlcmVuY2UuJyxcbiAgICAgIGtpbmQ6ICdkb2NzJyxcbiAgICAgIGdyb3VwOiAnYmVmb3JlLXlvdS1hc2snXG4gICAgfSxcbiAgICB7XG4gICAgICBpZDogJ2dpdGh1Yi1pc3N1ZXMnLFxuICAgICAgdGl0bGU6ICdHaXRIdWIgaXNzdWVzJyxcbiAgICAgIHVybDogJ2h0dHBzOi8vZ2l0aHViLmNvbS9QcmVmZWN0SFEvcHJlZmVjdC9pc3N1ZXMnLFxuICAgICAgZGVzY3JpcHRpb246ICdLbm93biBidWdzIGFuZCBmZWF0dXJlIHJlcXVlc3RzLCBvcGVuIGFuZCBjbG9zZWQuJyxcbiAgICAgIGtpbmQ6ICdpc3N1ZXMnLFxuICAgICAgZ3JvdXA6ICdiZWZvcmUteW91LWFzaydcbiAgICB9LFxuICAgIHtcbiAgICAgIGlkOiAnc3RhY2stb3ZlcmZsb3cnLFxuICAgICAgdGl0bGU6ICdTdGFjayBPdmVyZmxvdycsXG4gICAgICB1cmw6ICdodHRwczovL3N0YWNrb3ZlcmZsb3cuY29tL3F1ZXN0aW9ucy90YWdnZWQvcHJlZmVjdCcsXG4gICAgICBkZXNjcmlwdGlvbjogJ1F1ZXN0aW9ucyBhbmQgYW5zd2VycyB0YWdnZWQgXCJwcmVmZWN0XCIuJyxcbiAgICAgIGtpbmQ6ICdxYScsXG4gICAgICBncm91cDogJ2JlZm9yZS15b3UtYXNrJ1xuICAgIH0sXG4gICAge1xuICAgICAgaWQ6ICdzbGFjaycsXG4gICAgICB0aXRsZTogJ1ByZWZlY3QgU2xhY2snLFxuICAgICAgdXJsOiBzbGFja0ludml0ZVVybCxcbiAgICAgIGRlc2NyaXB0aW9uOiAnQ2hhdCB3aXRoIHRoZSBjb21tdW5pdHksIGFzayBxdWVzdGlvbnMgYW5kIHNoYXJlIHRpcHMuJyxcbiAgICAgIGtpbmQ6ICdjaGF0JyxcbiAgICAgIGdyb3VwOiAndGFsay10by11cydcbiAgICB9LFxuICAgIHtcbiAgICAgIGlkOiAncmVwb3NpdG9yeScsXG4gICAgICB0aXRsZTogJ1ByZWZlY3Qgb24gR2l0SHViJyxcbiAgICAgIHVybDogcHJvamVjdFJlcG9zaXRvcnksXG4gICAgICBkZXNjcmlwdGlvbjogJ1RoZSBzb3VyY2UgY29kZTogcmVwb3J0IGEgYnVnIG9yIHByb3Bvc2UgYSBjaGFuZ2UuJyxcbiAgICAgIGtpbmQ6ICdyZXBvc2l0b3J5JyxcbiAgICAgIGdyb3VwOiAndGFsay10by11cydcbiAgICB9XG4gIF1cbn0pXG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcG9saWN5XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BvbGljeS9naXQtaGlzdG9yeS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BvbGljeS9naXQtaGlzdG9yeS50c1wiOy8qKlxuICogVGhlIGdpdCBoaXN0b3J5IG9mIGEgZmlsZSwgZm9yIHRoZSBDaGFuZ2VzIHBhZ2UgYW5kIFwiTGFzdCB1cGRhdGVkXCIgZGF0ZXMuXG4gKlxuICogQSBidWlsZCBtdXN0IHN1Y2NlZWQgd2l0aG91dCBoaXN0b3J5OiBhIHNoYWxsb3cgY2xvbmUgKG1vc3QgQ0kgY2hlY2tvdXRzXG4gKiBhbmQgc3RhdGljIGhvc3RzIGNsb25lIHdpdGggZGVwdGggMSksIGEgcmVwb3NpdG9yeSB3aXRoIG5vIGNvbW1pdHMsIG9yIGFcbiAqIGZvbGRlciB0aGF0IGlzIG5vdCBhIGdpdCByZXBvc2l0b3J5IGF0IGFsbC4gQSBzaGFsbG93IGNsb25lIGlzIHRyZWF0ZWQgYXNcbiAqIGhhdmluZyBubyBoaXN0b3J5LCBiZWNhdXNlIGl0cyBvbmUgY29tbWl0IHdvdWxkIGNsYWltIHRvIGhhdmUgY2hhbmdlZFxuICogZXZlcnkgZmlsZSBvbiB0aGUgZGF5IGl0IHdhcyBtYWRlLlxuICovXG5pbXBvcnQgeyBzcGF3blN5bmMgfSBmcm9tICdub2RlOmNoaWxkX3Byb2Nlc3MnXG5pbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSAnbm9kZTpjcnlwdG8nXG5pbXBvcnQgdHlwZSB7IFJlcG9zaXRvcnkgfSBmcm9tICcuLi9jb21tdW5pdHkvdHlwZXMnXG5cbi8qKiBXaHkgYSBidWlsZCBoYXMgbm8gaGlzdG9yeTogYGZ1bGxgIG1lYW5zIGl0IGhhcy4gKi9cbmV4cG9ydCB0eXBlIEhpc3RvcnlTdGF0dXMgPSAnZnVsbCcgfCAnc2hhbGxvdycgfCAnbm8tY29tbWl0cycgfCAnbm8tZ2l0J1xuXG5leHBvcnQgaW50ZXJmYWNlIEZpbGVDb21taXQge1xuICBoYXNoOiBzdHJpbmdcbiAgc2hvcnRIYXNoOiBzdHJpbmdcbiAgLyoqIElTTyA4NjAxLCB0aGUgdGltZSB0aGUgY29tbWl0IHdhcyBtYWRlIChjb21taXR0ZXIgZGF0ZSkuICovXG4gIGRhdGU6IHN0cmluZ1xuICBzdWJqZWN0OiBzdHJpbmdcbiAgLyoqIFRoZSBjb21taXQncyBkaWZmIG9mIHRoaXMgZmlsZSwgd2hlbiB0aGUgcmVwb3NpdG9yeSBpcyBrbm93bi4gKi9cbiAgZGlmZlVybD86IHN0cmluZ1xufVxuXG5mdW5jdGlvbiBnaXQoY3dkOiBzdHJpbmcsIGFyZ3M6IHN0cmluZ1tdKTogeyBvazogYm9vbGVhbjsgc3Rkb3V0OiBzdHJpbmcgfSB7XG4gIGNvbnN0IHJlc3VsdCA9IHNwYXduU3luYygnZ2l0JywgYXJncywgeyBjd2QsIGVuY29kaW5nOiAndXRmOCcgfSlcbiAgLy8gYGVycm9yYCBpcyBzZXQgd2hlbiBnaXQgaXRzZWxmIGlzIG1pc3NpbmcgKEVOT0VOVCkuXG4gIHJldHVybiB7XG4gICAgb2s6ICFyZXN1bHQuZXJyb3IgJiYgcmVzdWx0LnN0YXR1cyA9PT0gMCxcbiAgICBzdGRvdXQ6IHJlc3VsdC5zdGRvdXQgPz8gJydcbiAgfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gaGlzdG9yeVN0YXR1cyhjd2Q6IHN0cmluZyk6IEhpc3RvcnlTdGF0dXMge1xuICBjb25zdCBpbnNpZGUgPSBnaXQoY3dkLCBbJ3Jldi1wYXJzZScsICctLWlzLWluc2lkZS13b3JrLXRyZWUnXSlcbiAgaWYgKCFpbnNpZGUub2sgfHwgaW5zaWRlLnN0ZG91dC50cmltKCkgIT09ICd0cnVlJykgcmV0dXJuICduby1naXQnXG4gIGlmICghZ2l0KGN3ZCwgWydyZXYtcGFyc2UnLCAnLS12ZXJpZnknLCAnLS1xdWlldCcsICdIRUFEJ10pLm9rKVxuICAgIHJldHVybiAnbm8tY29tbWl0cydcbiAgY29uc3Qgc2hhbGxvdyA9IGdpdChjd2QsIFsncmV2LXBhcnNlJywgJy0taXMtc2hhbGxvdy1yZXBvc2l0b3J5J10pXG4gIHJldHVybiBzaGFsbG93LnN0ZG91dC50cmltKCkgPT09ICd0cnVlJyA/ICdzaGFsbG93JyA6ICdmdWxsJ1xufVxuXG4vLyBGaWVsZHMgZW5kIHdpdGggYSB1bml0IHNlcGFyYXRvciwgY29tbWl0cyB3aXRoIGEgcmVjb3JkIHNlcGFyYXRvcjogbmVpdGhlclxuLy8gYXBwZWFycyBpbiBhIGNvbW1pdCBzdWJqZWN0LlxuY29uc3QgZmllbGRFbmQgPSAnXFx4MWYnXG5jb25zdCBjb21taXRFbmQgPSAnXFx4MWUnXG5jb25zdCBsb2dGb3JtYXQgPSBbJyVIJywgJyVoJywgJyVjSScsICclcyddLmpvaW4oZmllbGRFbmQpICsgY29tbWl0RW5kXG5cbi8qKiBQYXJzZXMgdGhlIG91dHB1dCBvZiBgZ2l0IGxvZyAtLWZvcm1hdD08bG9nRm9ybWF0PmAsIG5ld2VzdCBmaXJzdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwYXJzZUdpdExvZyhvdXRwdXQ6IHN0cmluZyk6IE9taXQ8RmlsZUNvbW1pdCwgJ2RpZmZVcmwnPltdIHtcbiAgcmV0dXJuIG91dHB1dFxuICAgIC5zcGxpdChjb21taXRFbmQpXG4gICAgLm1hcCgocmVjb3JkKSA9PiByZWNvcmQudHJpbSgpKVxuICAgIC5maWx0ZXIoKHJlY29yZCkgPT4gcmVjb3JkICE9PSAnJylcbiAgICAubWFwKChyZWNvcmQpID0+IHtcbiAgICAgIGNvbnN0IFtoYXNoLCBzaG9ydEhhc2gsIGRhdGUsIHN1YmplY3RdID0gcmVjb3JkLnNwbGl0KGZpZWxkRW5kKVxuICAgICAgaWYgKCFoYXNoIHx8ICFzaG9ydEhhc2ggfHwgIWRhdGUgfHwgc3ViamVjdCA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHRocm93IG5ldyBFcnJvcihgVW5leHBlY3RlZCBnaXQgbG9nIHJlY29yZDogJHtKU09OLnN0cmluZ2lmeShyZWNvcmQpfWApXG4gICAgICB9XG4gICAgICByZXR1cm4geyBoYXNoLCBzaG9ydEhhc2gsIGRhdGUsIHN1YmplY3QgfVxuICAgIH0pXG59XG5cbi8qKlxuICogR2l0SHViJ3MgcGFnZSBmb3IgYSBjb21taXQsIHNjcm9sbGVkIHRvIG9uZSBmaWxlJ3MgZGlmZjogdGhlIGFuY2hvciBpc1xuICogYGRpZmYtYCBhbmQgdGhlIFNIQS0yNTYgb2YgdGhlIGZpbGUncyBwYXRoLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY29tbWl0RGlmZlVybChcbiAgcmVwb3NpdG9yeTogUmVwb3NpdG9yeSxcbiAgaGFzaDogc3RyaW5nLFxuICBmaWxlOiBzdHJpbmdcbik6IHN0cmluZyB7XG4gIGNvbnN0IGFuY2hvciA9IGNyZWF0ZUhhc2goJ3NoYTI1NicpLnVwZGF0ZShmaWxlKS5kaWdlc3QoJ2hleCcpXG4gIHJldHVybiBgJHtyZXBvc2l0b3J5LnVybH0vY29tbWl0LyR7aGFzaH0jZGlmZi0ke2FuY2hvcn1gXG59XG5cbi8qKlxuICogRXZlcnkgY29tbWl0IHRoYXQgY2hhbmdlZCBgZmlsZWAgKGEgcGF0aCBmcm9tIHRoZSByZXBvc2l0b3J5IHJvb3QpLFxuICogbmV3ZXN0IGZpcnN0LCBmb2xsb3dpbmcgcmVuYW1lcy4gRW1wdHkgd2l0aG91dCBmdWxsIGhpc3RvcnkuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBmaWxlQ29tbWl0cyhcbiAgcm9vdDogc3RyaW5nLFxuICBmaWxlOiBzdHJpbmcsXG4gIHJlcG9zaXRvcnk/OiBSZXBvc2l0b3J5XG4pOiBGaWxlQ29tbWl0W10ge1xuICBpZiAoaGlzdG9yeVN0YXR1cyhyb290KSAhPT0gJ2Z1bGwnKSByZXR1cm4gW11cbiAgY29uc3QgbG9nID0gZ2l0KHJvb3QsIFtcbiAgICAnbG9nJyxcbiAgICAnLS1mb2xsb3cnLFxuICAgIGAtLWZvcm1hdD0ke2xvZ0Zvcm1hdH1gLFxuICAgICctLScsXG4gICAgZmlsZVxuICBdKVxuICBpZiAoIWxvZy5vaykgcmV0dXJuIFtdXG4gIHJldHVybiBwYXJzZUdpdExvZyhsb2cuc3Rkb3V0KS5tYXAoKGNvbW1pdCkgPT4gKHtcbiAgICAuLi5jb21taXQsXG4gICAgLi4uKHJlcG9zaXRvcnlcbiAgICAgID8geyBkaWZmVXJsOiBjb21taXREaWZmVXJsKHJlcG9zaXRvcnksIGNvbW1pdC5oYXNoLCBmaWxlKSB9XG4gICAgICA6IHt9KVxuICB9KSlcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9wb2xpY3lcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcG9saWN5L3BvbGljaWVzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcG9saWN5L3BvbGljaWVzLnRzXCI7LyoqXG4gKiBUaGUgcG9saWN5IHBhZ2VzOiB0aGUgcGFnZXMgdGhhdCBjYXJyeSBhIHZlcnNpb24gYW5kIGFuIGVmZmVjdGl2ZSBkYXRlLFxuICogYW5kIHdob3NlIGV2ZXJ5IGNoYW5nZSBpcyBsaXN0ZWQgb24gdGhlIENoYW5nZXMgcGFnZS5cbiAqL1xuZXhwb3J0IGludGVyZmFjZSBQb2xpY3lQYWdlIHtcbiAgLyoqIFN0YWJsZSBpZDogdGhlIGFuY2hvciBvZiB0aGUgcG9saWN5J3Mgc2VjdGlvbiBvbiB0aGUgQ2hhbmdlcyBwYWdlLiAqL1xuICBpZDogc3RyaW5nXG4gIHRpdGxlOiBzdHJpbmdcbiAgLyoqIFRoZSBwYWdlJ3MgTWFya2Rvd24gZmlsZSwgZnJvbSB0aGUgcmVwb3NpdG9yeSByb290LiAqL1xuICBmaWxlOiBzdHJpbmdcbiAgLyoqIFRoZSBwYWdlJ3MgVVJMIHBhdGgsIHdpdGhvdXQgdGhlIHNpdGUgYmFzZS4gKi9cbiAgbGluazogc3RyaW5nXG59XG5cbmV4cG9ydCBjb25zdCBwb2xpY3lQYWdlczogcmVhZG9ubHkgUG9saWN5UGFnZVtdID0gW1xuICB7XG4gICAgaWQ6ICdjb2RlLW9mLWNvbmR1Y3QnLFxuICAgIHRpdGxlOiAnQ29kZSBvZiBjb25kdWN0JyxcbiAgICBmaWxlOiAnZG9jcy9jb2RlLW9mLWNvbmR1Y3QubWQnLFxuICAgIGxpbms6ICcvY29kZS1vZi1jb25kdWN0J1xuICB9LFxuICB7XG4gICAgaWQ6ICdzbGFjay1ydWxlcycsXG4gICAgdGl0bGU6ICdTbGFjayBydWxlcycsXG4gICAgZmlsZTogJ2RvY3Mvc2xhY2stcnVsZXMubWQnLFxuICAgIGxpbms6ICcvc2xhY2stcnVsZXMnXG4gIH1cbl1cblxuZXhwb3J0IGZ1bmN0aW9uIGlzUG9saWN5RmlsZShmaWxlOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIHBvbGljeVBhZ2VzLnNvbWUoKHBvbGljeSkgPT4gcG9saWN5LmZpbGUgPT09IGZpbGUpXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcmVwb3NpdG9yeS1saW5rcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3JlcG9zaXRvcnktbGlua3MudHNcIjsvKipcbiAqIExpbmtzIGludG8gdGhlIHJlcG9zaXRvcnkgdGhhdCBob2xkcyB0aGlzIHNpdGUncyBNYXJrZG93biwgZm9yIFwiRWRpdCB0aGlzXG4gKiBwYWdlXCIsIHRoZSBjb250cmlidXRpbmcgZ3VpZGUgYW5kIGlzc3VlIGZvcm1zLiBUaGUgbGlua3MgZm9sbG93IEdpdEh1YidzXG4gKiBVUkwgc2NoZW1lLCB3aGljaCBHaXRIdWIgRW50ZXJwcmlzZSBzZXJ2ZXJzIHNoYXJlLlxuICovXG5pbXBvcnQgdHlwZSB7IFJlcG9zaXRvcnkgfSBmcm9tICcuL2NvbW11bml0eS90eXBlcydcblxuLyoqIFZpdGVQcmVzcydzIGBlZGl0TGluay5wYXR0ZXJuYDogYDpwYXRoYCBpcyB0aGUgcGFnZSdzIGZpbGUgdW5kZXIgYGRvY3MvYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlZGl0TGlua1BhdHRlcm4ocmVwb3NpdG9yeTogUmVwb3NpdG9yeSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtyZXBvc2l0b3J5LnVybH0vZWRpdC8ke3JlcG9zaXRvcnkuYnJhbmNofS9kb2NzLzpwYXRoYFxufVxuXG5leHBvcnQgZnVuY3Rpb24gY29udHJpYnV0aW5nR3VpZGVVcmwocmVwb3NpdG9yeTogUmVwb3NpdG9yeSk6IHN0cmluZyB7XG4gIHJldHVybiBgJHtyZXBvc2l0b3J5LnVybH0vYmxvYi8ke3JlcG9zaXRvcnkuYnJhbmNofS9DT05UUklCVVRJTkcubWRgXG59XG5cbi8qKiBBIG5ldyBpc3N1ZSwgd2l0aCBvbmUgb2YgdGhlIGZvcm1zIGluIGAuZ2l0aHViL0lTU1VFX1RFTVBMQVRFL2AuICovXG5leHBvcnQgZnVuY3Rpb24gbmV3SXNzdWVVcmwocmVwb3NpdG9yeTogUmVwb3NpdG9yeSwgZm9ybTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3JlcG9zaXRvcnkudXJsfS9pc3N1ZXMvbmV3P3RlbXBsYXRlPSR7ZW5jb2RlVVJJQ29tcG9uZW50KGZvcm0pfWBcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9zaXRlLWVudi50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3NpdGUtZW52LnRzXCI7LyoqXG4gKiBCdWlsZCBzZXR0aW5ncyB0aGF0IGRlcGVuZCBvbiB3aGVyZSB0aGUgc2l0ZSBpcyBidWlsdCBhbmQgZGVwbG95ZWQuXG4gKiBSZWFkIGluIHRoZSBzaXRlIGNvbmZpZyBvbmx5IChOb2RlKSwgbmV2ZXIgaW4gdGhlIGJyb3dzZXIgYnVuZGxlLlxuICpcbiAqIC0gYFNJVEVfVVJMYCBvdmVycmlkZXMgYGNvbW11bml0eS5zaXRlLnVybGAsIGZvciBwcmV2aWV3IGRlcGxveXMuXG4gKiAtIGBTSVRFX0JBU0VgIG92ZXJyaWRlcyB0aGUgYmFzZSBwYXRoLCB3aGljaCBpcyBvdGhlcndpc2UgdGhlIHBhdGggb2YgdGhlXG4gKiAgIHNpdGUgVVJMIChgaHR0cHM6Ly9vd25lci5naXRodWIuaW8vY29tbXVuaXR5LWRvY3NgIFx1MjE5MiBgL2NvbW11bml0eS1kb2NzL2ApLlxuICogLSBgU0lURV9QUkVWSUVXPTFgIG1hcmtzIGEgYnVpbGQgb2YgYSBwcm9wb3NlZCBjaGFuZ2U6IGV2ZXJ5IHBhZ2Ugc2F5cyBzby5cbiAqIC0gVGhlIGVkaXQtbGluayByZXBvc2l0b3J5IGlzIGBjb21tdW5pdHkuc2l0ZS5yZXBvc2l0b3J5YCwgb3IgZWxzZSB0aGUgb25lXG4gKiAgIEdpdEh1YiBBY3Rpb25zIG5hbWVzIGluIGBHSVRIVUJfU0VSVkVSX1VSTGAgYW5kIGBHSVRIVUJfUkVQT1NJVE9SWWAuXG4gKlxuICogRWFjaCBzZXR0aW5nIGlzIGEgcHVyZSBmdW5jdGlvbiBvZiBhbiBlbnZpcm9ubWVudCwgc28gdGVzdHMgY2FuIHBhc3Mgb25lLlxuICovXG5pbXBvcnQgdHlwZSB7IFJlcG9zaXRvcnkgfSBmcm9tICcuL2NvbW11bml0eS90eXBlcydcbmltcG9ydCB7IGNvbW11bml0eSB9IGZyb20gJy4vY29tbXVuaXR5J1xuXG50eXBlIEVudiA9IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IHVuZGVmaW5lZD4+XG5cbi8qKiBUaGUgcHVibGlzaGVkIG9yaWdpbiAoYW5kIHBhdGgpLCB3aXRob3V0IGEgdHJhaWxpbmcgc2xhc2guICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZVNpdGVVcmwoZW52OiBFbnYsIGNvbmZpZ3VyZWQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiAoZW52LlNJVEVfVVJMIHx8IGNvbmZpZ3VyZWQpLnJlcGxhY2UoL1xcLyskLywgJycpXG59XG5cbmNvbnN0IGJhc2VQYXRoID0gL15cXC8oPzpbXFx3Ln4tXStcXC8pKiQvXG5cbi8qKlxuICogVml0ZVByZXNzJ3MgYGJhc2VgOiBhIHBhdGggdGhhdCBzdGFydHMgYW5kIGVuZHMgd2l0aCBgL2AuIFRha2VuIGZyb21cbiAqIGBTSVRFX0JBU0VgIHdoZW4gc2V0LCBlbHNlIGZyb20gdGhlIHNpdGUgVVJMLCBzbyBhIHNpdGUgcHVibGlzaGVkIGF0XG4gKiBgaHR0cHM6Ly9vd25lci5naXRodWIuaW8vY29tbXVuaXR5LWRvY3NgIGJ1aWxkcyB3aXRoIGAvY29tbXVuaXR5LWRvY3MvYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVTaXRlQmFzZShlbnY6IEVudiwgc2l0ZVVybDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgZ2l2ZW4gPSBlbnYuU0lURV9CQVNFPy50cmltKClcbiAgY29uc3QgcmF3ID0gZ2l2ZW4gPyBnaXZlbiA6IG5ldyBVUkwoc2l0ZVVybCkucGF0aG5hbWVcbiAgY29uc3QgYmFzZSA9IGAvJHtyYXcucmVwbGFjZSgvXlxcLyt8XFwvKyQvZywgJycpfS9gLnJlcGxhY2UoL15cXC9cXC8kLywgJy8nKVxuICBpZiAoIWJhc2VQYXRoLnRlc3QoYmFzZSkpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICBgJHtnaXZlbiA/ICdTSVRFX0JBU0UnIDogJ1RoZSBzaXRlIFVSTCBwYXRoJ30gXCIke3Jhd31cIiBpcyBub3QgYSB2YWxpZCBiYXNlIHBhdGguIGAgK1xuICAgICAgICAnVXNlIGxldHRlcnMsIGRpZ2l0cywgXCItXCIsIFwiX1wiLCBcIi5cIiBhbmQgXCJ+XCIgYmV0d2VlbiBzbGFzaGVzLCBzdWNoIGFzIFwiL2NvbW11bml0eS1kb2NzL1wiLidcbiAgICApXG4gIH1cbiAgcmV0dXJuIGJhc2Vcbn1cblxuLyoqXG4gKiBUaGUgYWJzb2x1dGUgVVJMIG9mIHRoZSBzaXRlJ3Mgcm9vdCwgd2l0aG91dCBhIHRyYWlsaW5nIHNsYXNoOiB0aGUgc2l0ZVxuICogVVJMJ3Mgb3JpZ2luIGFuZCB0aGUgYmFzZSBwYXRoLiBMaW5rIHByZXZpZXdzLCBgL3J1bGVzLmpzb25gIGFuZCB0aGUgU2xhY2tcbiAqIHdlbGNvbWUgbWVzc2FnZSBidWlsZCB0aGVpciBhYnNvbHV0ZSBVUkxzIG9uIGl0LCBzbyBhIHByZXZpZXcgYnVpbHQgdW5kZXJcbiAqIGAvcHItcHJldmlldy9gIGxpbmtzIHRvIGl0c2VsZi5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlc29sdmVTaXRlUm9vdChzaXRlVXJsOiBzdHJpbmcsIGJhc2U6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBuZXcgVVJMKGJhc2UsIGAke3NpdGVVcmx9L2ApLmhyZWYucmVwbGFjZSgvXFwvJC8sICcnKVxufVxuXG4vKiogYFNJVEVfUFJFVklFV2Agc2V0IHRvIGFueXRoaW5nIGJ1dCBlbXB0eSwgYDBgIG9yIGBmYWxzZWAgbWFya3MgYSBwcmV2aWV3IGJ1aWxkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGlzUHJldmlld0J1aWxkKGVudjogRW52KTogYm9vbGVhbiB7XG4gIGNvbnN0IGZsYWcgPSBlbnYuU0lURV9QUkVWSUVXPy50cmltKCkudG9Mb3dlckNhc2UoKVxuICByZXR1cm4gISFmbGFnICYmIGZsYWcgIT09ICcwJyAmJiBmbGFnICE9PSAnZmFsc2UnXG59XG5cbi8qKiBUaGUgcmVwb3NpdG9yeSBHaXRIdWIgQWN0aW9ucyBpcyBidWlsZGluZywgZnJvbSBpdHMgb3duIHZhcmlhYmxlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZXBvc2l0b3J5RnJvbUdpdEh1YkFjdGlvbnMoZW52OiBFbnYpOiBSZXBvc2l0b3J5IHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgeyBHSVRIVUJfU0VSVkVSX1VSTDogc2VydmVyLCBHSVRIVUJfUkVQT1NJVE9SWTogcmVwb3NpdG9yeSB9ID0gZW52XG4gIGlmICghc2VydmVyIHx8ICFyZXBvc2l0b3J5KSByZXR1cm4gdW5kZWZpbmVkXG4gIHJldHVybiB7XG4gICAgdXJsOiBgJHtzZXJ2ZXIucmVwbGFjZSgvXFwvKyQvLCAnJyl9LyR7cmVwb3NpdG9yeX1gLFxuICAgIC8vIE9uIGEgcHVsbCByZXF1ZXN0LCBlZGl0cyBhcmUgcHJvcG9zZWQgYWdhaW5zdCBpdHMgYmFzZSBicmFuY2guXG4gICAgYnJhbmNoOiBlbnYuR0lUSFVCX0JBU0VfUkVGIHx8IGVudi5HSVRIVUJfUkVGX05BTUUgfHwgJ21haW4nXG4gIH1cbn1cblxuZXhwb3J0IGNvbnN0IHNpdGVVcmwgPSByZXNvbHZlU2l0ZVVybChwcm9jZXNzLmVudiwgY29tbXVuaXR5LnNpdGUudXJsKVxuZXhwb3J0IGNvbnN0IHNpdGVCYXNlID0gcmVzb2x2ZVNpdGVCYXNlKHByb2Nlc3MuZW52LCBzaXRlVXJsKVxuZXhwb3J0IGNvbnN0IHNpdGVSb290ID0gcmVzb2x2ZVNpdGVSb290KHNpdGVVcmwsIHNpdGVCYXNlKVxuZXhwb3J0IGNvbnN0IHNpdGVQcmV2aWV3ID0gaXNQcmV2aWV3QnVpbGQocHJvY2Vzcy5lbnYpXG5leHBvcnQgY29uc3Qgc2l0ZVJlcG9zaXRvcnk6IFJlcG9zaXRvcnkgfCB1bmRlZmluZWQgPVxuICBjb21tdW5pdHkuc2l0ZS5yZXBvc2l0b3J5ID8/IHJlcG9zaXRvcnlGcm9tR2l0SHViQWN0aW9ucyhwcm9jZXNzLmVudilcbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9ydWxlc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9ydWxlcy9sb2FkLXJ1bGVzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcnVsZXMvbG9hZC1ydWxlcy50c1wiOy8qKlxuICogUmVhZHMgdGhlIFNsYWNrIHJ1bGVzIGZyb20gdGhlaXIgTWFya2Rvd24gcGFnZSBhdCBidWlsZCB0aW1lLCB3aXRoIHRoZSBzYW1lXG4gKiBwYXJzZXIgdGhhdCByZW5kZXJzIHRoZSBydWxlIGNhcmRzLCBzbyB0aGF0IHNob3J0IGxpbmtzLCBgL3J1bGVzLmpzb25gIGFuZFxuICogdGhlIHdlbGNvbWUgbWVzc2FnZSBuZXZlciBob2xkIGEgc2Vjb25kIGNvcHkgb2YgYSBydWxlLlxuICovXG5pbXBvcnQgeyByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJ1xuaW1wb3J0IHsgZmlsZVVSTFRvUGF0aCB9IGZyb20gJ25vZGU6dXJsJ1xuaW1wb3J0IE1hcmtkb3duSXQgZnJvbSAnbWFya2Rvd24taXQnXG5pbXBvcnQgeyByZWFkUGFnZSB9IGZyb20gJy4uL2NvbnRlbnQvZnJvbnRtYXR0ZXInXG5pbXBvcnQgeyBwYWdlc0ZvbGRlciB9IGZyb20gJy4uL3BsdWdpbnMvc291cmNlLWxvY2F0aW9uJ1xuaW1wb3J0IHsgcnVsZUNvbnRhaW5lclBsdWdpbiwgdHlwZSBSdWxlRW52IH0gZnJvbSAnLi4vcGx1Z2lucy9ydWxlLWNvbnRhaW5lcidcbmltcG9ydCB0eXBlIHsgUnVsZSB9IGZyb20gJy4vcnVsZSdcblxuLyoqIFRoZSBwYWdlIHRoYXQgaG9sZHMgdGhlIHJ1bGVzLCByZWxhdGl2ZSB0byBgZG9jcy9gLiAqL1xuZXhwb3J0IGNvbnN0IHJ1bGVzUGFnZSA9ICdzbGFjay1ydWxlcy5tZCdcblxuY29uc3QgcHJvamVjdFJvb3QgPSBmaWxlVVJMVG9QYXRoKG5ldyBVUkwoJy4uLy4uLycsIGltcG9ydC5tZXRhLnVybCkpXG5cbi8qKiBCbGFua3MgdGhlIGZyb250bWF0dGVyLCBrZWVwaW5nIGl0cyBsaW5lcywgc28gZXJyb3IgbGluZSBudW1iZXJzIHN0YXkgdHJ1ZS4gKi9cbmZ1bmN0aW9uIHdpdGhvdXRGcm9udG1hdHRlcihtYXJrZG93bjogc3RyaW5nLCByZWxhdGl2ZVBhdGg6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IHBhZ2UgPSByZWFkUGFnZShtYXJrZG93biwgYCR7cGFnZXNGb2xkZXJ9LyR7cmVsYXRpdmVQYXRofWApXG4gIHJldHVybiAnXFxuJy5yZXBlYXQocGFnZS5ib2R5T2Zmc2V0KSArIHBhZ2UuYm9keVxufVxuXG4vKiogUGFyc2VzIHJ1bGVzIGZyb20gTWFya2Rvd24gdGV4dDsgdGhyb3dzIGEgYFJ1bGVTeW50YXhFcnJvcmAgbmFtaW5nIHRoZSBsaW5lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhcnNlUnVsZXMobWFya2Rvd246IHN0cmluZywgcmVsYXRpdmVQYXRoID0gcnVsZXNQYWdlKTogUnVsZVtdIHtcbiAgY29uc3QgZW52OiBSdWxlRW52ID0geyByZWxhdGl2ZVBhdGggfVxuICBuZXcgTWFya2Rvd25JdCh7IGh0bWw6IHRydWUgfSlcbiAgICAudXNlKHJ1bGVDb250YWluZXJQbHVnaW4pXG4gICAgLnBhcnNlKHdpdGhvdXRGcm9udG1hdHRlcihtYXJrZG93biwgcmVsYXRpdmVQYXRoKSwgZW52KVxuICByZXR1cm4gKGVudi5ydWxlcyA/PyBbXSkuc29ydCgoYSwgYikgPT4gYS5udW1iZXIgLSBiLm51bWJlcilcbn1cblxuLyoqIFRoZSBzaXRlJ3MgcnVsZXMsIHJlYWQgZnJvbSBgZG9jcy9zbGFjay1ydWxlcy5tZGAuICovXG5leHBvcnQgZnVuY3Rpb24gbG9hZFJ1bGVzKCk6IFJ1bGVbXSB7XG4gIHJldHVybiBwYXJzZVJ1bGVzKFxuICAgIHJlYWRGaWxlU3luYyhgJHtwcm9qZWN0Um9vdH0ke3BhZ2VzRm9sZGVyfS8ke3J1bGVzUGFnZX1gLCAndXRmOCcpXG4gIClcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb250ZW50XCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2NvbnRlbnQvZnJvbnRtYXR0ZXIudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb250ZW50L2Zyb250bWF0dGVyLnRzXCI7LyoqXG4gKiBUaGUgb25lIGZyb250bWF0dGVyIHJlYWRlcjogZXZlcnkgcGFydCBvZiB0aGUgc2l0ZSB0aGF0IG5lZWRzIGEgcGFnZSdzXG4gKiBmcm9udG1hdHRlciAodGhlIGJ1aWxkLCB0aGUgbGludHMsIGxpbmsgcHJldmlld3MsIHJ1bGVzLCB0aGUgYmVuY2gpIHJlYWRzXG4gKiBpdCBoZXJlLCB0aGUgd2F5IFZpdGVQcmVzcyBkb2VzIChncmF5LW1hdHRlciwgYWZ0ZXIgYSBieXRlLW9yZGVyIG1hcmsgaXNcbiAqIHN0cmlwcGVkKSwgc28gdGhhdCBub25lIG9mIHRoZW0gc2VlcyBzb21ldGhpbmcgZWxzZSB0aGFuIHRoZSBidWlsZC5cbiAqXG4gKiBncmF5LW1hdHRlciBhbHNvIHJlYWRzIGAtLS1qc2AgKGFuZCBgLS0tY29mZmVlYCwgXHUyMDI2KSBibG9ja3MgYnkgcnVubmluZyB0aGVtXG4gKiBhcyBjb2RlOiBhIHBhZ2UgY291bGQgcnVuIE5vZGUgY29kZSBhdCBidWlsZCB0aW1lLiBTdWNoIGFuIG9wZW5lciBpc1xuICogcmVmdXNlZCBoZXJlLCBiZWZvcmUgYW55IGdyYXktbWF0dGVyIGNhbGwsIGFuZCB0aGUgcGFnZSBwbHVnaW4gcmVhZHNcbiAqIGV2ZXJ5IHBhZ2UgdGhyb3VnaCBoZXJlIGJlZm9yZSBWaXRlUHJlc3MgZG9lcy5cbiAqL1xuaW1wb3J0IG1hdHRlciBmcm9tICdncmF5LW1hdHRlcidcbmltcG9ydCB7XG4gIGlzTWFwLFxuICBpc1BhaXIsXG4gIGlzU2NhbGFyLFxuICBpc1NlcSxcbiAgTGluZUNvdW50ZXIsXG4gIHBhcnNlRG9jdW1lbnRcbn0gZnJvbSAneWFtbCdcbmltcG9ydCB7IENvbnRlbnRFcnJvciB9IGZyb20gJy4uL2NvbnRlbnQtZXJyb3InXG5cbmV4cG9ydCBpbnRlcmZhY2UgUGFnZVNvdXJjZSB7XG4gIC8qKiBUaGUgZnJvbnRtYXR0ZXIncyBkYXRhIGFzIFZpdGVQcmVzcyBzZWVzIGl0OyBge31gIHdoZW4gdGhlcmUgaXMgbm9uZS4gKi9cbiAgZGF0YTogUmVjb3JkPHN0cmluZywgdW5rbm93bj5cbiAgLyoqIFRoZSBNYXJrZG93biBhZnRlciB0aGUgZnJvbnRtYXR0ZXIuICovXG4gIGJvZHk6IHN0cmluZ1xuICAvKiogTGluZXMgYWJvdmUgdGhlIGJvZHk6IGFkZCB0byBhIGJvZHkgbGluZSB0byBnZXQgYSBmaWxlIGxpbmUuICovXG4gIGJvZHlPZmZzZXQ6IG51bWJlclxuICAvKiogV2hldGhlciB0aGUgcGFnZSBoYXMgYSBmcm9udG1hdHRlciBibG9jay4gKi9cbiAgaGFzRnJvbnRtYXR0ZXI6IGJvb2xlYW5cbiAgLyoqIFRoZSBmaWxlIGxpbmUgb2YgdGhlIHZhbHVlIGF0IGEgcGF0aCwgb3IgMSB3aGVuIGl0IGlzIG5vdCB0aGVyZS4gKi9cbiAgbGluZU9mOiAocGF0aDogcmVhZG9ubHkgUHJvcGVydHlLZXlbXSkgPT4gbnVtYmVyXG59XG5cbmNvbnN0IGJ5dGVPcmRlck1hcmsgPSAvXlxcdUZFRkYvXG5cbi8qKlxuICogUmVhZHMgYHNvdXJjZWA7IGBmaWxlYCBpcyB0aGUgcGF0aCBzaG93biBpbiBlcnJvcnMgKGBkb2NzL3BhZ2UubWRgKS5cbiAqIFRocm93cyBhIENvbnRlbnRFcnJvciBmb3IgYSBgLS0tanNgIChvciBhbnkgYC0tLTxsYW5ndWFnZT5gKSBibG9jayBhbmQgZm9yXG4gKiBmcm9udG1hdHRlciB0aGF0IGlzIG5vdCB2YWxpZCBZQU1MLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVhZFBhZ2Uoc291cmNlOiBzdHJpbmcsIGZpbGU6IHN0cmluZyk6IFBhZ2VTb3VyY2Uge1xuICBjb25zdCB0ZXh0ID0gc291cmNlLnJlcGxhY2UoYnl0ZU9yZGVyTWFyaywgJycpXG4gIGNvbnN0IG9wZW5lciA9IC9eLS0tKD8hLSkoW15cXHJcXG5dKikvLmV4ZWModGV4dClcbiAgaWYgKG9wZW5lciAmJiBvcGVuZXJbMV0/LnRyaW0oKSkge1xuICAgIHRocm93IG5ldyBDb250ZW50RXJyb3IoXG4gICAgICBgJHtmaWxlfToxYCxcbiAgICAgIGBmcm9udG1hdHRlciBpbiBcIiR7b3BlbmVyWzFdLnRyaW0oKX1cIiBpcyBub3QgYWxsb3dlZDogZ3JheS1tYXR0ZXIgd291bGQgcnVuIGl0IGFzIGNvZGUuYCxcbiAgICAgICdTdGFydCB0aGUgZmlsZSB3aXRoIGEgbGluZSBvZiBleGFjdGx5IFwiLS0tXCIgYW5kIHdyaXRlIHRoZSBmcm9udG1hdHRlciBpbiBZQU1MLidcbiAgICApXG4gIH1cbiAgbGV0IHBhcnNlZDogbWF0dGVyLkdyYXlNYXR0ZXJGaWxlPHN0cmluZz5cbiAgdHJ5IHtcbiAgICAvLyBPcHRpb25zIChldmVuIGVtcHR5IG9uZXMpIGtlZXAgZ3JheS1tYXR0ZXIgZnJvbSBhbnN3ZXJpbmcgZnJvbSBpdHNcbiAgICAvLyBjYWNoZSwgd2hpY2ggaXMga2V5ZWQgYnkgdGV4dCBhbG9uZS5cbiAgICBwYXJzZWQgPSBtYXR0ZXIodGV4dCwge30pXG4gIH0gY2F0Y2ggKGVycm9yKSB7XG4gICAgY29uc3QgbWFyayA9IChlcnJvciBhcyB7IG1hcms/OiB7IGxpbmU/OiBudW1iZXIgfSB9KS5tYXJrXG4gICAgY29uc3QgcmVhc29uID0gKGVycm9yIGFzIHsgcmVhc29uPzogc3RyaW5nIH0pLnJlYXNvbiA/PyBTdHJpbmcoZXJyb3IpXG4gICAgdGhyb3cgbmV3IENvbnRlbnRFcnJvcihcbiAgICAgIGAke2ZpbGV9OiR7KG1hcms/LmxpbmUgPz8gMCkgKyAxfWAsXG4gICAgICBgdGhlIGZyb250bWF0dGVyIGlzIG5vdCB2YWxpZCBZQU1MOiAke3JlYXNvbn0uYFxuICAgIClcbiAgfVxuICBjb25zdCBkYXRhOiB1bmtub3duID0gcGFyc2VkLmRhdGFcbiAgaWYgKHR5cGVvZiBkYXRhICE9PSAnb2JqZWN0JyB8fCBkYXRhID09PSBudWxsIHx8IEFycmF5LmlzQXJyYXkoZGF0YSkpIHtcbiAgICB0aHJvdyBuZXcgQ29udGVudEVycm9yKFxuICAgICAgYCR7ZmlsZX06MmAsXG4gICAgICAndGhlIGZyb250bWF0dGVyIG11c3QgYmUgYSBsaXN0IG9mIFwia2V5OiB2YWx1ZVwiIGxpbmVzLidcbiAgICApXG4gIH1cbiAgY29uc3QgYm9keSA9IHBhcnNlZC5jb250ZW50XG4gIGNvbnN0IGhlYWQgPSB0ZXh0LmVuZHNXaXRoKGJvZHkpXG4gICAgPyB0ZXh0LnNsaWNlKDAsIHRleHQubGVuZ3RoIC0gYm9keS5sZW5ndGgpXG4gICAgOiAnJ1xuICBjb25zdCByYXdNYXR0ZXIgPSBwYXJzZWQubWF0dGVyID8/ICcnXG4gIHJldHVybiB7XG4gICAgZGF0YTogZGF0YSBhcyBSZWNvcmQ8c3RyaW5nLCB1bmtub3duPixcbiAgICBib2R5LFxuICAgIGJvZHlPZmZzZXQ6IGhlYWQuc3BsaXQoJ1xcbicpLmxlbmd0aCAtIDEsXG4gICAgaGFzRnJvbnRtYXR0ZXI6IG9wZW5lciAhPT0gbnVsbCxcbiAgICBsaW5lT2Y6IChwYXRoKSA9PiBsaW5lSW5NYXR0ZXIocmF3TWF0dGVyLCBwYXRoKVxuICB9XG59XG5cbi8qKlxuICogVGhlIGZpbGUgbGluZSBvZiB0aGUga2V5IChvciBsaXN0IGl0ZW0pIGF0IGEgcGF0aCwgZm91bmQgd2l0aCBgeWFtbGAgKGZvclxuICogcG9zaXRpb25zIG9ubHk6IHRoZSBkYXRhIGl0c2VsZiBpcyBncmF5LW1hdHRlcidzKS4gVGhlIHJhdyBmcm9udG1hdHRlclxuICogc3RhcnRzIG9uIHRoZSBvcGVuZXIncyBsaW5lLCBzbyBpdHMgbGluZSBudW1iZXJzIGFyZSB0aGUgZmlsZSdzLlxuICovXG5mdW5jdGlvbiBsaW5lSW5NYXR0ZXIocmF3TWF0dGVyOiBzdHJpbmcsIHBhdGg6IHJlYWRvbmx5IFByb3BlcnR5S2V5W10pOiBudW1iZXIge1xuICBjb25zdCBsaW5lQ291bnRlciA9IG5ldyBMaW5lQ291bnRlcigpXG4gIGxldCBub2RlOiB1bmtub3duID0gcGFyc2VEb2N1bWVudChyYXdNYXR0ZXIsIHsgbGluZUNvdW50ZXIgfSkuY29udGVudHNcbiAgbGV0IGxpbmUgPSAxXG4gIGZvciAoY29uc3Qgc2VnbWVudCBvZiBwYXRoKSB7XG4gICAgY29uc3QgaXRlbSA9IGlzTWFwKG5vZGUpXG4gICAgICA/IG5vZGUuaXRlbXMuZmluZChcbiAgICAgICAgICAocGFpcikgPT4gaXNTY2FsYXIocGFpci5rZXkpICYmIHBhaXIua2V5LnZhbHVlID09PSBzZWdtZW50XG4gICAgICAgIClcbiAgICAgIDogaXNTZXEobm9kZSkgJiYgdHlwZW9mIHNlZ21lbnQgPT09ICdudW1iZXInXG4gICAgICAgID8gbm9kZS5pdGVtc1tzZWdtZW50XVxuICAgICAgICA6IHVuZGVmaW5lZFxuICAgIGlmICghaXRlbSkgYnJlYWtcbiAgICBjb25zdCBwb3NpdGlvbiA9IChpc1BhaXIoaXRlbSkgPyBpdGVtLmtleSA6IGl0ZW0pIGFzIHsgcmFuZ2U/OiBudW1iZXJbXSB9XG4gICAgaWYgKHBvc2l0aW9uLnJhbmdlPy5bMF0gIT09IHVuZGVmaW5lZClcbiAgICAgIGxpbmUgPSBsaW5lQ291bnRlci5saW5lUG9zKHBvc2l0aW9uLnJhbmdlWzBdKS5saW5lXG4gICAgbm9kZSA9IGlzUGFpcihpdGVtKSA/IGl0ZW0udmFsdWUgOiBpdGVtXG4gIH1cbiAgcmV0dXJuIGxpbmVcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb250ZW50LWVycm9yLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29udGVudC1lcnJvci50c1wiOy8qKlxuICogQSBtaXN0YWtlIGluIHRoZSBjb250ZW50IG9yIHRoZSBjb25maWcgdGhhdCBhIG1haW50YWluZXIgY2FuIGZpeDogYSBiYWRcbiAqIHJ1bGUgYmxvY2ssIGEgZGVhZCBsaW5rLCBhIGZyb250bWF0dGVyIGtleSB3ZSBkbyBub3Qgc3VwcG9ydCwgYSByZW1vdmVkXG4gKiBzYW5pdGl6ZXIgYWxsb3dsaXN0IGl0ZW0uIEl0IGlzIHByaW50ZWQgb25jZSwgYXNcbiAqXG4gKiAgICAgZG9jcy9zbGFjay1ydWxlcy5tZDoxMjogd2hhdCBpcyB3cm9uZy4gV2hhdCB0byBkby5cbiAqXG4gKiB3aXRoIG5vIHN0YWNrIHRyYWNlLCBiZWNhdXNlIHRoZSBzdGFjayBwb2ludHMgaW50byBvdXIgY29kZSBhbmQgdGhlIGZpeCBpc1xuICogYWx3YXlzIGluIHRoZSBmaWxlIG5hbWVkLiBFcnJvcnMgaW4gb3VyIG93biBjb2RlIHN0YXkgcGxhaW4gYEVycm9yYHMuXG4gKi9cbmV4cG9ydCBjbGFzcyBDb250ZW50RXJyb3IgZXh0ZW5kcyBFcnJvciB7XG4gIC8qKlxuICAgKiBAcGFyYW0gbG9jYXRpb24gYGRvY3MvcGFnZS5tZDoxMmAsIGBkb2NzL3BhZ2UubWRgLCBvciBhIGNvbmZpZyBmaWVsZFxuICAgKiAgIHN1Y2ggYXMgYC52aXRlcHJlc3MvY29tbXVuaXR5LnRzOiByZXBvcnRpbmcuZW1haWxgXG4gICAqIEBwYXJhbSBwcm9ibGVtIHdoYXQgaXMgd3JvbmcsIGFzIGEgc2VudGVuY2VcbiAgICogQHBhcmFtIGZpeCB3aGF0IHRvIGRvIGFib3V0IGl0LCBhcyBhIHNlbnRlbmNlLCB3aGVuIHRoYXQgaXMgbm90IG9idmlvdXNcbiAgICovXG4gIGNvbnN0cnVjdG9yKFxuICAgIHJlYWRvbmx5IGxvY2F0aW9uOiBzdHJpbmcsXG4gICAgcmVhZG9ubHkgcHJvYmxlbTogc3RyaW5nLFxuICAgIHJlYWRvbmx5IGZpeD86IHN0cmluZ1xuICApIHtcbiAgICBzdXBlcihgJHtsb2NhdGlvbn06ICR7W3Byb2JsZW0sIGZpeF0uZmlsdGVyKEJvb2xlYW4pLmpvaW4oJyAnKX1gKVxuICAgIHRoaXMubmFtZSA9ICdDb250ZW50RXJyb3InXG4gIH1cbn1cblxuLyoqIFRydWUgZm9yIGVycm9ycyB0aGF0IGFyZSB0aGUgY29udGVudCdzIGZhdWx0LCBub3QgdGhlIGNvZGUncy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0NvbnRlbnRFcnJvcihlcnJvcjogdW5rbm93bik6IGVycm9yIGlzIENvbnRlbnRFcnJvciB7XG4gIHJldHVybiBlcnJvciBpbnN0YW5jZW9mIEVycm9yICYmIGVycm9yLm5hbWUgPT09ICdDb250ZW50RXJyb3InXG59XG5cbi8qKiBXaGV0aGVyIHRoaXMgcHJvY2VzcyBpcyBgdml0ZXByZXNzIGJ1aWxkYCAobm90IGRldiwgYSB0ZXN0IG9yIGEgc2NyaXB0KS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc1ZpdGVQcmVzc0J1aWxkKGFyZ3Y6IHJlYWRvbmx5IHN0cmluZ1tdID0gcHJvY2Vzcy5hcmd2KSB7XG4gIHJldHVybiBhcmd2WzJdID09PSAnYnVpbGQnICYmIC92aXRlcHJlc3MvLnRlc3QoYXJndlsxXSA/PyAnJylcbn1cblxuLyoqXG4gKiBFbmRzIGB2aXRlcHJlc3MgYnVpbGRgIHdpdGggZWFjaCBwcm9ibGVtIHByaW50ZWQgb25jZSwgYXNcbiAqIGBmaWxlOmxpbmU6IHByb2JsZW0uIEZpeC5gLCBhbmQgbm8gc3RhY2sgdHJhY2UuXG4gKlxuICogVGhyb3duIGluc3RlYWQsIHRoZSBlcnJvciB3b3VsZCByZWFjaCBWaXRlLCB3aGljaCBwcmludHMgaXRzIG1lc3NhZ2UgYW5kXG4gKiB0aGVuIFZpdGVQcmVzcywgd2hpY2ggcHJpbnRzIHRoZSBtZXNzYWdlIGFnYWluIGFuZCB0aGUgc3RhY2suIEFueXdoZXJlXG4gKiBidXQgaW4gYHZpdGVwcmVzcyBidWlsZGAgKGRldiwgdGVzdHMsIHNjcmlwdHMpLCB0aGUgZmlyc3QgZXJyb3IgaXMgdGhyb3duLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZmFpbE9uQ29udGVudEVycm9ycyhlcnJvcnM6IHJlYWRvbmx5IENvbnRlbnRFcnJvcltdKTogdm9pZCB7XG4gIGlmIChlcnJvcnMubGVuZ3RoID09PSAwKSByZXR1cm5cbiAgaWYgKCFpc1ZpdGVQcmVzc0J1aWxkKCkpIHRocm93IGVycm9yc1swXVxuICBjb25zdCBjb3VudCA9IGVycm9ycy5sZW5ndGggPT09IDEgPyAnYSBwcm9ibGVtJyA6IGAke2Vycm9ycy5sZW5ndGh9IHByb2JsZW1zYFxuICBwcm9jZXNzLnN0ZGVyci53cml0ZShcbiAgICBgXFxuVGhlIGJ1aWxkIHN0b3BwZWQgb24gJHtjb3VudH0gaW4gdGhlIGNvbnRlbnQ6XFxuXFxuJHtlcnJvcnNcbiAgICAgIC5tYXAoKGVycm9yKSA9PiBgICAke2Vycm9yLm1lc3NhZ2V9YClcbiAgICAgIC5qb2luKCdcXG4nKX1cXG5cXG5gXG4gIClcbiAgcHJvY2Vzcy5leGl0KDEpXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcGx1Z2luc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9wbHVnaW5zL3NvdXJjZS1sb2NhdGlvbi50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BsdWdpbnMvc291cmNlLWxvY2F0aW9uLnRzXCI7LyoqXG4gKiBXaGVyZSBhIE1hcmtkb3duIHRva2VuIGNhbWUgZnJvbSwgYXMgYGRvY3MvcGFnZS5tZDoxMmAsIGZvciBidWlsZCBlcnJvcnNcbiAqIHRoYXQgYSBtYWludGFpbmVyIGNhbiBqdW1wIHRvLlxuICovXG5pbXBvcnQgdHlwZSBNYXJrZG93bkl0IGZyb20gJ21hcmtkb3duLWl0J1xuaW1wb3J0IHsgcmVhZFBhZ2UgfSBmcm9tICcuLi9jb250ZW50L2Zyb250bWF0dGVyJ1xuXG4vKiogVGhlIGZvbGRlciBWaXRlUHJlc3MgcmVhZHMgcGFnZXMgZnJvbSAoYHNyY0RpcmAgaW4gdGhlIHNpdGUgY29uZmlnKS4gKi9cbmV4cG9ydCBjb25zdCBwYWdlc0ZvbGRlciA9ICdkb2NzJ1xuXG5pbnRlcmZhY2UgUGFnZUVudiB7XG4gIC8qKiBTZXQgYnkgVml0ZVByZXNzOiB0aGUgcGFnZSdzIHBhdGggcmVsYXRpdmUgdG8gYHNyY0RpcmAuICovXG4gIHJlbGF0aXZlUGF0aD86IHN0cmluZ1xuICAvKiogU2V0IGJ5IGBmcm9udG1hdHRlckxpbmVzUGx1Z2luYDogbGluZXMgb2YgZnJvbnRtYXR0ZXIgYWJvdmUgdGhlIGJvZHkuICovXG4gIGZyb250bWF0dGVyTGluZXM/OiBudW1iZXJcbn1cblxuLyoqIGBkb2NzL2NvbW11bml0eS5tZDoxMmA7IGBtYXBgIGlzIGEgYmxvY2sgdG9rZW4ncyB6ZXJvLWJhc2VkIGxpbmUgcmFuZ2UuICovXG5leHBvcnQgZnVuY3Rpb24gc291cmNlTG9jYXRpb24oXG4gIGVudjogdW5rbm93bixcbiAgbWFwPzogW251bWJlciwgbnVtYmVyXSB8IG51bGxcbik6IHN0cmluZyB7XG4gIGNvbnN0IHBhZ2VFbnYgPSBlbnYgYXMgUGFnZUVudiB8IHVuZGVmaW5lZFxuICBjb25zdCByZWxhdGl2ZVBhdGggPSBwYWdlRW52Py5yZWxhdGl2ZVBhdGhcbiAgY29uc3QgZmlsZSA9IHJlbGF0aXZlUGF0aCA/IGAke3BhZ2VzRm9sZGVyfS8ke3JlbGF0aXZlUGF0aH1gIDogJ01hcmtkb3duJ1xuICBjb25zdCBsaW5lID0gbWFwID8gbWFwWzBdICsgMSArIChwYWdlRW52Py5mcm9udG1hdHRlckxpbmVzID8/IDApIDogdW5kZWZpbmVkXG4gIHJldHVybiBsaW5lID09PSB1bmRlZmluZWQgPyBmaWxlIDogYCR7ZmlsZX06JHtsaW5lfWBcbn1cblxuLyoqXG4gKiBWaXRlUHJlc3MgcmVtb3ZlcyBhIHBhZ2UncyBmcm9udG1hdHRlciBiZWZvcmUgbWFya2Rvd24taXQgcGFyc2VzIHRoZSByZXN0XG4gKiAoaXRzIGZyb250bWF0dGVyIHBsdWdpbiB3cmFwcyBgbWQucmVuZGVyYCksIHNvIHRva2VuIGxpbmUgbnVtYmVycyBjb3VudFxuICogZnJvbSB0aGUgZmlyc3QgbGluZSBhZnRlciBpdC4gVGhpcyByZWNvcmRzIGhvdyBtYW55IGxpbmVzIHRoZSBmcm9udG1hdHRlclxuICogdG9vaywgc28gdGhhdCBgc291cmNlTG9jYXRpb25gIG5hbWVzIHRoZSBsaW5lIGluIHRoZSBmaWxlLlxuICpcbiAqIEl0IHdyYXBzIGBtZC5yZW5kZXJgIHRvbywgc28gaXQgbXVzdCBiZSB1c2VkIGFmdGVyIFZpdGVQcmVzcydzIG93biBwbHVnaW5zLFxuICogdGhhdCBpcyBpbiBgbWFya2Rvd24uY29uZmlnYC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZyb250bWF0dGVyTGluZXNQbHVnaW4obWQ6IE1hcmtkb3duSXQpOiB2b2lkIHtcbiAgY29uc3QgcmVuZGVyID0gbWQucmVuZGVyLmJpbmQobWQpXG4gIG1kLnJlbmRlciA9IChzcmMsIGVudiA9IHt9KSA9PiB7XG4gICAgY29uc3QgcGFnZUVudiA9IGVudiBhcyBQYWdlRW52XG4gICAgLy8gVGhlIHBhZ2UgcGx1Z2luIChzYW5pdGl6ZS1wYWdlLnRzKSBoYXMgcmVhZCBpdCBhbHJlYWR5LCBhbmQgZmFpbHNcbiAgICAvLyB0aGUgcGFnZSB3aGVuIGl0IGNhbm5vdCBiZSByZWFkLlxuICAgIHBhZ2VFbnYuZnJvbnRtYXR0ZXJMaW5lcyA/Pz0gYm9keU9mZnNldChzcmMsIHNvdXJjZUxvY2F0aW9uKGVudikpXG4gICAgcmV0dXJuIHJlbmRlcihzcmMsIGVudilcbiAgfVxufVxuXG5mdW5jdGlvbiBib2R5T2Zmc2V0KHNyYzogc3RyaW5nLCBmaWxlOiBzdHJpbmcpOiBudW1iZXIge1xuICB0cnkge1xuICAgIHJldHVybiByZWFkUGFnZShzcmMsIGZpbGUpLmJvZHlPZmZzZXRcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIDBcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3J1bGVzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3J1bGVzL2VuZm9yY2VtZW50LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcnVsZXMvZW5mb3JjZW1lbnQudHNcIjsvKipcbiAqIFRoZSBzdGVwcyBvZiB0aGUgY29kZSBvZiBjb25kdWN0J3MgZW5mb3JjZW1lbnQgbGFkZGVyLCBhcyBhIHJ1bGUgbmFtZXNcbiAqIHRoZW0gaW4gaXRzIGBlbmZvcmNlbWVudDpgIGZpZWxkLiBFYWNoIHN0ZXAgaGFzIGEgaGVhZGluZyB3aXRoIHRoZSBpZFxuICogYGVuZm9yY2VtZW50LTxzdGVwPmAgaW4gYGRvY3MvY29kZS1vZi1jb25kdWN0Lm1kYDsgYSB1bml0IHRlc3QgY2hlY2tzIHRoYXRcbiAqIGV2ZXJ5IGFuY2hvciBleGlzdHMsIHNpbmNlIFZpdGVQcmVzcydzIGRlYWQtbGluayBjaGVjayBpZ25vcmVzIGAjZnJhZ21lbnRzYC5cbiAqL1xuXG4vKiogSW4gbGFkZGVyIG9yZGVyOiB0aGUgZmlyc3QgaXMgdGhlIG1pbGRlc3QuICovXG5leHBvcnQgY29uc3QgZW5mb3JjZW1lbnRTdGVwcyA9IFtcbiAgJ2NvcnJlY3Rpb24nLFxuICAnd2FybmluZycsXG4gICd0ZW1wb3JhcnktYmFuJyxcbiAgJ3Blcm1hbmVudC1iYW4nXG5dIGFzIGNvbnN0XG5leHBvcnQgdHlwZSBFbmZvcmNlbWVudFN0ZXAgPSAodHlwZW9mIGVuZm9yY2VtZW50U3RlcHMpW251bWJlcl1cblxuLyoqIEhvdyBhIHNlbnRlbmNlIG5hbWVzIGVhY2ggc3RlcC4gKi9cbmNvbnN0IHN0ZXBOYW1lczogUmVjb3JkPEVuZm9yY2VtZW50U3RlcCwgc3RyaW5nPiA9IHtcbiAgY29ycmVjdGlvbjogJ2EgY29ycmVjdGlvbicsXG4gIHdhcm5pbmc6ICdhIHdhcm5pbmcnLFxuICAndGVtcG9yYXJ5LWJhbic6ICdhIHRlbXBvcmFyeSBiYW4nLFxuICAncGVybWFuZW50LWJhbic6ICdhIHBlcm1hbmVudCBiYW4nXG59XG5cbi8qKiBUaGUgcGFnZSB0aGF0IGhvbGRzIHRoZSBsYWRkZXIsIGFzIGEgTWFya2Rvd24gbGluayB0YXJnZXQuICovXG5leHBvcnQgY29uc3QgY29kZU9mQ29uZHVjdFBhZ2UgPSAnL2NvZGUtb2YtY29uZHVjdC5tZCdcblxuZXhwb3J0IGZ1bmN0aW9uIGlzRW5mb3JjZW1lbnRTdGVwKHZhbHVlOiBzdHJpbmcpOiB2YWx1ZSBpcyBFbmZvcmNlbWVudFN0ZXAge1xuICByZXR1cm4gKGVuZm9yY2VtZW50U3RlcHMgYXMgcmVhZG9ubHkgc3RyaW5nW10pLmluY2x1ZGVzKHZhbHVlKVxufVxuXG4vKiogVGhlIGhlYWRpbmcgaWQgb2YgYSBzdGVwIG9uIHRoZSBjb2RlIG9mIGNvbmR1Y3QgcGFnZS4gKi9cbmV4cG9ydCBmdW5jdGlvbiBlbmZvcmNlbWVudEFuY2hvcihzdGVwOiBFbmZvcmNlbWVudFN0ZXApOiBzdHJpbmcge1xuICByZXR1cm4gYGVuZm9yY2VtZW50LSR7c3RlcH1gXG59XG5cbi8qKlxuICogT25lIE1hcmtkb3duIHNlbnRlbmNlIHRoYXQgbmFtZXMgdGhlIHN0ZXAgYW5kIGxpbmtzIHRvIGl0LiBJdCBpcyBNYXJrZG93blxuICogc28gdGhhdCBWaXRlUHJlc3MgcmVzb2x2ZXMgdGhlIGxpbmsgbGlrZSBhbnkgb3RoZXI6IGJhc2UsIGNsZWFuIFVSTHMsIGFuZFxuICogdGhlIGRlYWQtbGluayBjaGVjay5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGVuZm9yY2VtZW50U2VudGVuY2Uoc3RlcDogRW5mb3JjZW1lbnRTdGVwKTogc3RyaW5nIHtcbiAgY29uc3QgbnVtYmVyID0gZW5mb3JjZW1lbnRTdGVwcy5pbmRleE9mKHN0ZXApICsgMVxuICByZXR1cm4gYE1vZGVyYXRvcnMgdXN1YWxseSByZXNwb25kIHdpdGggW3N0ZXAgJHtudW1iZXJ9IG9mIHRoZSBlbmZvcmNlbWVudCBsYWRkZXIsICR7c3RlcE5hbWVzW3N0ZXBdfV0oJHtjb2RlT2ZDb25kdWN0UGFnZX0jJHtlbmZvcmNlbWVudEFuY2hvcihzdGVwKX0pLmBcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9ydWxlc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9ydWxlcy9ydWxlLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcnVsZXMvcnVsZS50c1wiO2ltcG9ydCB0eXBlIHsgRW5mb3JjZW1lbnRTdGVwIH0gZnJvbSAnLi9lbmZvcmNlbWVudCdcblxuLyoqXG4gKiBPbmUgU2xhY2sgcnVsZSwgYXMgYSBtYWludGFpbmVyIHdyaXRlcyBpdCBpbiBhIGA6OjogcnVsZWAgY29udGFpbmVyIGluXG4gKiBgZG9jcy9zbGFjay1ydWxlcy5tZGAuIFRoZSBydWxlIGNhcmRzLCB0aGUgc2hvcnQgbGlua3MsIGAvcnVsZXMuanNvbmAgYW5kXG4gKiB0aGUgU2xhY2sgd2VsY29tZSBtZXNzYWdlIGFyZSBhbGwgYnVpbHQgZnJvbSB0aGVzZSB2YWx1ZXMuXG4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgUnVsZSB7XG4gIC8qKiBQZXJtYW5lbnQga2ViYWItY2FzZSBpZDogdGhlIHJ1bGUncyBhbmNob3IsIGAvc2xhY2stcnVsZXMjPGlkPmAuICovXG4gIGlkOiBzdHJpbmdcbiAgLyoqIFBvc2l0aW9uIGluIHRoZSBsaXN0OyBtYXkgY2hhbmdlLCB1bmxpa2UgdGhlIGlkLiAqL1xuICBudW1iZXI6IG51bWJlclxuICB0aXRsZTogc3RyaW5nXG4gIC8qKiBPbmUgc2VudGVuY2U6IGxpbmsgcHJldmlld3MsIGAvcnVsZXMuanNvbmAgYW5kIHRoZSB3ZWxjb21lIG1lc3NhZ2UgdXNlIGl0LiAqL1xuICBzdW1tYXJ5OiBzdHJpbmdcbiAgLyoqIEZvcm1lciBpZHM7IGxpbmtzIHRvIGAjPGFsaWFzPmAgc3RpbGwgbGFuZCBvbiB0aGUgcnVsZS4gKi9cbiAgYWxpYXNlczogc3RyaW5nW11cbiAgLyoqXG4gICAqIFRoZSBzdGVwIG9mIHRoZSBjb2RlIG9mIGNvbmR1Y3QncyBlbmZvcmNlbWVudCBsYWRkZXIgdGhhdCB1c3VhbGx5XG4gICAqIGZvbGxvd3MgYSBicmVhY2g7IHRoZSBjYXJkIGxpbmtzIHRvIGl0LlxuICAgKi9cbiAgZW5mb3JjZW1lbnQ/OiBFbmZvcmNlbWVudFN0ZXBcbiAgLyoqIFdoZXJlIHRoZSBydWxlIGlzIHdyaXR0ZW4sIGFzIGBkb2NzL3NsYWNrLXJ1bGVzLm1kOjEyYC4gKi9cbiAgc291cmNlOiBzdHJpbmdcbn1cblxuLyoqIEEgcnVsZSBpZCBvciBhbGlhczogbG93ZXJjYXNlIHdvcmRzIGpvaW5lZCBieSBoeXBoZW5zLiAqL1xuZXhwb3J0IGNvbnN0IHJ1bGVJZFBhdHRlcm4gPSAvXlthLXowLTldKyg/Oi1bYS16MC05XSspKiQvXG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcGx1Z2luc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9wbHVnaW5zL3J1bGUtY29udGFpbmVyLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcGx1Z2lucy9ydWxlLWNvbnRhaW5lci50c1wiOy8qKlxuICogYDo6OiBydWxlYCBjb250YWluZXJzOiBlYWNoIFNsYWNrIHJ1bGUgaXMgd3JpdHRlbiBpbiBNYXJrZG93biBhbmQgcmVuZGVyZWRcbiAqIGFzIGEgYDxSdWxlQ2FyZD5gIHdob3NlIHRpdGxlIGlzIGEgcmVhbCBoZWFkaW5nLlxuICpcbiAqIGBgYG1kXG4gKiA6OjogcnVsZSB1c2UtdGhyZWFkc1xuICogbnVtYmVyOiAyXG4gKiB0aXRsZTogVXNlIHRocmVhZHMgZm9yIGxvbmdlciBtZXNzYWdlc1xuICogc3VtbWFyeTogS2VlcCB0aGUgY2hhbm5lbCByZWFkYWJsZTogcHV0IGRldGFpbHMsIGxvZ3MgYW5kIGxvbmcgY29kZSBpbiBhIHRocmVhZC5cbiAqIGFsaWFzZXM6IHJ1bGUtMiwgdGhyZWFkc1xuICogZW5mb3JjZW1lbnQ6IGNvcnJlY3Rpb25cbiAqXG4gKiBBbnkgTWFya2Rvd246IHBhcmFncmFwaHMsIGxpc3RzLCBsaW5rcywgY29kZS5cbiAqXG4gKiA6OjogZXhhbXBsZSBnb29kXG4gKiA+IEEgc2hvcnQgZmlyc3QgbWVzc2FnZSwgd2l0aCB0aGUgZGV0YWlscyBpbiBpdHMgdGhyZWFkLlxuICpcbiAqIFdoeSB0aGlzIHdvcmtzLCBpbiBhIHNlbnRlbmNlLlxuICogOjo6XG4gKlxuICogOjo6IGV4YW1wbGUgcG9vclxuICogPiBTaXh0eSBsaW5lcyBvZiBsb2cgcGFzdGVkIHN0cmFpZ2h0IGludG8gdGhlIGNoYW5uZWwuXG4gKiA6OjpcbiAqXG4gKiA6OjogY29uc2VxdWVuY2VcbiAqIEFueXRoaW5nIGEgcmVhZGVyIHNob3VsZCBrbm93IGFib3V0IHdoYXQgaGFwcGVucyBuZXh0IChvcHRpb25hbCkuXG4gKiA6OjpcbiAqIDo6OlxuICogYGBgXG4gKlxuICogVGhlIGZpZWxkcywgb25lIGBrZXk6IHZhbHVlYCBsaW5lIGVhY2gsIGVuZCBhdCB0aGUgZmlyc3QgYmxhbmsgbGluZTpcbiAqIGBudW1iZXJgLCBgdGl0bGVgIGFuZCBgc3VtbWFyeWAgYXJlIHJlcXVpcmVkOyBgYWxpYXNlc2AgbGlzdHMgZm9ybWVyIGlkcztcbiAqIGBlbmZvcmNlbWVudGAgbmFtZXMgdGhlIHN0ZXAgb2YgdGhlIGNvZGUgb2YgY29uZHVjdCdzIGVuZm9yY2VtZW50IGxhZGRlclxuICogdGhhdCB1c3VhbGx5IGZvbGxvd3MgYSBicmVhY2ggKGBjb3JyZWN0aW9uYCwgYHdhcm5pbmdgLCBgdGVtcG9yYXJ5LWJhbmAsXG4gKiBgcGVybWFuZW50LWJhbmApLCBhbmQgdGhlIGNhcmQgbGlua3MgdG8gaXQuXG4gKlxuICogSW5zaWRlIGEgcnVsZSwgYXQgdGhlIHJ1bGUncyBvd24gaW5kZW50LCBgOjo6IGV4YW1wbGUgZ29vZGAgYW5kXG4gKiBgOjo6IGV4YW1wbGUgcG9vcmAgaG9sZCBhbiBleGFtcGxlIGVhY2gsIGFuZCBvbmUgYDo6OiBjb25zZXF1ZW5jZWAgaG9sZHNcbiAqIG1vcmUgYWJvdXQgd2hhdCBoYXBwZW5zIHdoZW4gdGhlIHJ1bGUgaXMgYnJva2VuLiBUaGVpciBjb250ZW50IGlzIG9yZGluYXJ5XG4gKiBNYXJrZG93bjsgYSBxdW90ZSAoYD5gKSBpbiBhbiBleGFtcGxlIGlzIHNob3duIGFzIGEgU2xhY2sgbWVzc2FnZS4gV2hlcmV2ZXJcbiAqIHRoZXkgc2l0IGluIHRoZSBydWxlLCB0aGUgY2FyZCBzaG93cyB0aGVtIGFmdGVyIHRoZSBydWxlJ3MgdGV4dCwgZXhhbXBsZXNcbiAqIGZpcnN0LiBUaGV5IGNhbm5vdCBob2xkIGhlYWRpbmdzLCB3aGljaCB3b3VsZCBjcm93ZCBcIk9uIHRoaXMgcGFnZVwiLlxuICpcbiAqIFdoeSBhIGJsb2NrIHJ1bGUgb2Ygb3VyIG93biByYXRoZXIgdGhhbiBtYXJrZG93bi1pdC1jb250YWluZXI6IHRoZSB0aXRsZVxuICogbXVzdCBiZSBhIG1hcmtkb3duLWl0IGhlYWRpbmcgdG9rZW4sIHNvIHRoYXQgVml0ZVByZXNzIGdpdmVzIGl0IGl0cyBhbmNob3JcbiAqIGFuZCBpdCByZWFjaGVzIFwiT24gdGhpcyBwYWdlXCIgYW5kIHRoZSBsb2NhbCBzZWFyY2ggaW5kZXguIEhlYWRpbmdzIHdyaXR0ZW5cbiAqIGluc2lkZSBhIFZ1ZSBjb21wb25lbnQncyB0ZW1wbGF0ZSBnZXQgbmVpdGhlciAodnVlanMvdml0ZXByZXNzIzk2MCkuIFRoZVxuICogZXhhbXBsZXMgYW5kIHRoZSBjb25zZXF1ZW5jZSByZWFjaCB0aGUgY2FyZCB0aHJvdWdoIG5hbWVkIHNsb3RzXG4gKiAoYDx0ZW1wbGF0ZSAjZXhhbXBsZXM+YCksIHNvIHRoZXkgc3RheSBNYXJrZG93biwgc2VhcmNoYWJsZSBhbmQgcHJpbnRhYmxlLlxuICpcbiAqIE1pc3Rha2VzIGZhaWwgdGhlIGJ1aWxkIHdpdGggdGhlIGZpbGUgYW5kIGxpbmU6IGEgbWlzc2luZyBpZCwgdGl0bGUsXG4gKiBudW1iZXIgb3Igc3VtbWFyeTsgYW4gaWQgdGhhdCBpcyBub3Qga2ViYWItY2FzZTsgYW4gdW5rbm93biBlbmZvcmNlbWVudFxuICogc3RlcCBvciBleGFtcGxlIGtpbmQ7IGFuIGV4YW1wbGUgb3V0c2lkZSBhIHJ1bGU7IGFuIHVuY2xvc2VkIGNvbnRhaW5lcjtcbiAqIGFuZCBhbiBpZCBvciBhbGlhcyB1c2VkIHR3aWNlLCBieSBydWxlcyBvciBieSBhbnkgb3RoZXIgaGVhZGluZyBvbiB0aGVcbiAqIHNpdGUuXG4gKi9cbmltcG9ydCB0eXBlIE1hcmtkb3duSXQgZnJvbSAnbWFya2Rvd24taXQnXG5pbXBvcnQgdHlwZSBTdGF0ZUJsb2NrIGZyb20gJ21hcmtkb3duLWl0L2xpYi9ydWxlc19ibG9jay9zdGF0ZV9ibG9jay5tanMnXG5pbXBvcnQgdHlwZSBTdGF0ZUNvcmUgZnJvbSAnbWFya2Rvd24taXQvbGliL3J1bGVzX2NvcmUvc3RhdGVfY29yZS5tanMnXG5pbXBvcnQgdHlwZSBUb2tlbiBmcm9tICdtYXJrZG93bi1pdC9saWIvdG9rZW4ubWpzJ1xuaW1wb3J0IHtcbiAgZW5mb3JjZW1lbnRTZW50ZW5jZSxcbiAgZW5mb3JjZW1lbnRTdGVwcyxcbiAgaXNFbmZvcmNlbWVudFN0ZXBcbn0gZnJvbSAnLi4vcnVsZXMvZW5mb3JjZW1lbnQnXG5pbXBvcnQgeyBydWxlSWRQYXR0ZXJuLCB0eXBlIFJ1bGUgfSBmcm9tICcuLi9ydWxlcy9ydWxlJ1xuaW1wb3J0IHsgc291cmNlTG9jYXRpb24gfSBmcm9tICcuL3NvdXJjZS1sb2NhdGlvbidcblxuZXhwb3J0IGludGVyZmFjZSBSdWxlQ29udGFpbmVyT3B0aW9ucyB7XG4gIC8qKlxuICAgKiBFdmVyeSBydWxlIG9uIHRoZSBzaXRlLCBzbyB0aGF0IGEgaGVhZGluZyBvbiBhbm90aGVyIHBhZ2UgY2Fubm90IHRha2UgYVxuICAgKiBydWxlJ3MgaWQgb3IgYWxpYXMgKGEgbGluayB0byBpdCB3b3VsZCBiZSBhbWJpZ3VvdXMpLlxuICAgKi9cbiAgc2l0ZVJ1bGVzPzogcmVhZG9ubHkgUnVsZVtdXG59XG5cbi8qKiBXaGF0IHRoZSBwbHVnaW4gbGVhdmVzIGluIG1hcmtkb3duLWl0J3MgYGVudmAgZm9yIGxvYWRlcnMuICovXG5leHBvcnQgaW50ZXJmYWNlIFJ1bGVFbnYge1xuICByZWxhdGl2ZVBhdGg/OiBzdHJpbmdcbiAgcnVsZXM/OiBSdWxlW11cbn1cblxuY29uc3QgaGVhZGVyS2V5cyA9IFtcbiAgJ251bWJlcicsXG4gICd0aXRsZScsXG4gICdzdW1tYXJ5JyxcbiAgJ2FsaWFzZXMnLFxuICAnZW5mb3JjZW1lbnQnXG5dIGFzIGNvbnN0XG50eXBlIEhlYWRlcktleSA9ICh0eXBlb2YgaGVhZGVyS2V5cylbbnVtYmVyXVxuXG4vKiogVGhlIGZpZWxkcyBvZiBhIHJ1bGUgYXMgd3JpdHRlbiwgd2l0aCB0aGUgbGluZSBlYWNoIGlzIG9uLiAqL1xuaW50ZXJmYWNlIEhlYWRlciB7XG4gIHZhbHVlczogUGFydGlhbDxSZWNvcmQ8SGVhZGVyS2V5LCBzdHJpbmc+PlxuICBsaW5lczogUGFydGlhbDxSZWNvcmQ8SGVhZGVyS2V5LCBudW1iZXI+PlxufVxuXG5leHBvcnQgY29uc3QgZXhhbXBsZUtpbmRzID0gWydnb29kJywgJ3Bvb3InXSBhcyBjb25zdFxuZXhwb3J0IHR5cGUgRXhhbXBsZUtpbmQgPSAodHlwZW9mIGV4YW1wbGVLaW5kcylbbnVtYmVyXVxuXG5jb25zdCBvcGVuUGF0dGVybiA9IC9eOnszLH1cXHMqcnVsZSg/OlxccysoLio/KSk/XFxzKiQvXG5jb25zdCBjbG9zZVBhdHRlcm4gPSAvXjp7Myx9XFxzKiQvXG5jb25zdCBuZXN0ZWRPcGVuUGF0dGVybiA9IC9eOnszLH1cXHMqXFxTL1xuY29uc3QgZmVuY2VQYXR0ZXJuID0gL14oYHszLH18fnszLH0pL1xuLyoqIGA6OjogZXhhbXBsZSBnb29kYCwgYDo6OiBjb25zZXF1ZW5jZWA6IHBhcnRzIG9mIGEgcnVsZSwgb25seSBpbnNpZGUgb25lLiAqL1xuY29uc3QgcGFydE9wZW5QYXR0ZXJuID0gL146ezMsfVxccyooZXhhbXBsZXxjb25zZXF1ZW5jZSkoPzpcXHMrKC4qPykpP1xccyokL1xuXG5leHBvcnQgY2xhc3MgUnVsZVN5bnRheEVycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBjb25zdHJ1Y3Rvcih3aGVyZTogc3RyaW5nLCBtZXNzYWdlOiBzdHJpbmcpIHtcbiAgICBzdXBlcihgJHt3aGVyZX06ICR7bWVzc2FnZX1gKVxuICAgIHRoaXMubmFtZSA9ICdSdWxlU3ludGF4RXJyb3InXG4gIH1cbn1cblxuZnVuY3Rpb24gbGluZVRleHQoc3RhdGU6IFN0YXRlQmxvY2ssIGxpbmU6IG51bWJlcik6IHN0cmluZyB7XG4gIHJldHVybiBzdGF0ZS5zcmNcbiAgICAuc2xpY2UoXG4gICAgICAoc3RhdGUuYk1hcmtzW2xpbmVdID8/IDApICsgKHN0YXRlLnRTaGlmdFtsaW5lXSA/PyAwKSxcbiAgICAgIHN0YXRlLmVNYXJrc1tsaW5lXVxuICAgIClcbiAgICAudHJpbUVuZCgpXG59XG5cbi8qKlxuICogRmVlZHMgbGluZXMgb25lIGJ5IG9uZSBhbmQgc2F5cyB3aGV0aGVyIGVhY2ggYmVsb25ncyB0byBhIGZlbmNlZCBjb2RlXG4gKiBibG9jayAoaXRzIGZlbmNlcyBpbmNsdWRlZCksIHdoZXJlIGEgYDo6OmAgbGluZSBpcyBjb2RlLCBub3QgYSBtYXJrZXIuXG4gKi9cbmZ1bmN0aW9uIGNvZGVGZW5jZVRyYWNrZXIoKTogKHRleHQ6IHN0cmluZykgPT4gYm9vbGVhbiB7XG4gIGxldCBmZW5jZTogc3RyaW5nIHwgdW5kZWZpbmVkXG4gIHJldHVybiAodGV4dCkgPT4ge1xuICAgIGNvbnN0IG1hcmtlciA9IGZlbmNlUGF0dGVybi5leGVjKHRleHQpPy5bMV1cbiAgICBpZiAoZmVuY2UpIHtcbiAgICAgIGlmIChtYXJrZXIgJiYgbWFya2VyWzBdID09PSBmZW5jZVswXSAmJiBtYXJrZXIubGVuZ3RoID49IGZlbmNlLmxlbmd0aCkge1xuICAgICAgICBmZW5jZSA9IHVuZGVmaW5lZFxuICAgICAgfVxuICAgICAgcmV0dXJuIHRydWVcbiAgICB9XG4gICAgZmVuY2UgPSBtYXJrZXJcbiAgICByZXR1cm4gbWFya2VyICE9PSB1bmRlZmluZWRcbiAgfVxufVxuXG4vKiogVGhlIGxpbmUgb2YgdGhlIGNvbnRhaW5lcidzIGNsb3NpbmcgYDo6OmAsIHNraXBwaW5nIG5lc3RlZCBjb250YWluZXJzIGFuZCBjb2RlIGZlbmNlcy4gKi9cbmZ1bmN0aW9uIGZpbmRDbG9zZShcbiAgc3RhdGU6IFN0YXRlQmxvY2ssXG4gIG9wZW5MaW5lOiBudW1iZXIsXG4gIGVuZExpbmU6IG51bWJlclxuKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgbGV0IGRlcHRoID0gMFxuICBjb25zdCBpbkNvZGUgPSBjb2RlRmVuY2VUcmFja2VyKClcbiAgZm9yIChsZXQgbGluZSA9IG9wZW5MaW5lICsgMTsgbGluZSA8IGVuZExpbmU7IGxpbmUrKykge1xuICAgIGNvbnN0IHRleHQgPSBsaW5lVGV4dChzdGF0ZSwgbGluZSlcbiAgICBpZiAoaW5Db2RlKHRleHQpKSBjb250aW51ZVxuICAgIGlmIChjbG9zZVBhdHRlcm4udGVzdCh0ZXh0KSkge1xuICAgICAgaWYgKGRlcHRoID09PSAwKSByZXR1cm4gbGluZVxuICAgICAgZGVwdGgtLVxuICAgIH0gZWxzZSBpZiAobmVzdGVkT3BlblBhdHRlcm4udGVzdCh0ZXh0KSkgZGVwdGgrK1xuICB9XG4gIHJldHVybiB1bmRlZmluZWRcbn1cblxuLyoqIFJlYWRzIHRoZSBga2V5OiB2YWx1ZWAgbGluZXMgYWZ0ZXIgdGhlIG9wZW5pbmcgbGluZSwgdXAgdG8gdGhlIGZpcnN0IGJsYW5rIGxpbmUuICovXG5mdW5jdGlvbiByZWFkSGVhZGVyKFxuICBzdGF0ZTogU3RhdGVCbG9jayxcbiAgb3BlbkxpbmU6IG51bWJlcixcbiAgY2xvc2VMaW5lOiBudW1iZXIsXG4gIHdoZXJlOiAobGluZTogbnVtYmVyKSA9PiBzdHJpbmdcbik6IHsgaGVhZGVyOiBIZWFkZXI7IGJvZHlTdGFydDogbnVtYmVyIH0ge1xuICBjb25zdCBoZWFkZXI6IEhlYWRlciA9IHsgdmFsdWVzOiB7fSwgbGluZXM6IHt9IH1cbiAgbGV0IGxpbmUgPSBvcGVuTGluZSArIDFcbiAgZm9yICg7IGxpbmUgPCBjbG9zZUxpbmU7IGxpbmUrKykge1xuICAgIGNvbnN0IHRleHQgPSBsaW5lVGV4dChzdGF0ZSwgbGluZSlcbiAgICBpZiAodGV4dCA9PT0gJycpIGJyZWFrXG4gICAgY29uc3QgWywgcmF3S2V5LCB2YWx1ZV0gPSAvXihbQS1aYS16XSspXFxzKjpcXHMqKC4qKSQvLmV4ZWModGV4dCkgPz8gW11cbiAgICBpZiAocmF3S2V5ID09PSB1bmRlZmluZWQgfHwgdmFsdWUgPT09IHVuZGVmaW5lZCkge1xuICAgICAgdGhyb3cgbmV3IFJ1bGVTeW50YXhFcnJvcihcbiAgICAgICAgd2hlcmUobGluZSksXG4gICAgICAgIGBleHBlY3RlZCBhIFwia2V5OiB2YWx1ZVwiIGxpbmUgKCR7aGVhZGVyS2V5cy5qb2luKCcsICcpfSkgb3IgYSBibGFuayBsaW5lIGJlZm9yZSB0aGUgcnVsZSdzIHRleHQsIGZvdW5kIFwiJHt0ZXh0fVwiLmBcbiAgICAgIClcbiAgICB9XG4gICAgY29uc3Qga2V5ID0gcmF3S2V5LnRvTG93ZXJDYXNlKClcbiAgICBpZiAoIShoZWFkZXJLZXlzIGFzIHJlYWRvbmx5IHN0cmluZ1tdKS5pbmNsdWRlcyhrZXkpKSB7XG4gICAgICB0aHJvdyBuZXcgUnVsZVN5bnRheEVycm9yKFxuICAgICAgICB3aGVyZShsaW5lKSxcbiAgICAgICAgYHVua25vd24gcnVsZSBmaWVsZCBcIiR7cmF3S2V5fVwiLiBVc2UgJHtoZWFkZXJLZXlzLmpvaW4oJywgJyl9LmBcbiAgICAgIClcbiAgICB9XG4gICAgaWYgKGtleSBpbiBoZWFkZXIudmFsdWVzKVxuICAgICAgdGhyb3cgbmV3IFJ1bGVTeW50YXhFcnJvcihcbiAgICAgICAgd2hlcmUobGluZSksXG4gICAgICAgIGB0aGUgZmllbGQgXCIke2tleX1cIiBpcyBnaXZlbiB0d2ljZS5gXG4gICAgICApXG4gICAgaGVhZGVyLnZhbHVlc1trZXkgYXMgSGVhZGVyS2V5XSA9IHZhbHVlLnRyaW0oKVxuICAgIGhlYWRlci5saW5lc1trZXkgYXMgSGVhZGVyS2V5XSA9IGxpbmVcbiAgfVxuICByZXR1cm4geyBoZWFkZXIsIGJvZHlTdGFydDogbGluZSB9XG59XG5cbmZ1bmN0aW9uIGNoZWNrSWQoaWQ6IHN0cmluZywgd2hhdDogc3RyaW5nLCB3aGVyZTogc3RyaW5nKTogdm9pZCB7XG4gIGlmICghcnVsZUlkUGF0dGVybi50ZXN0KGlkKSkge1xuICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICB3aGVyZSxcbiAgICAgIGB0aGUgJHt3aGF0fSBcIiR7aWR9XCIgaXMgbm90IGtlYmFiLWNhc2U6IHVzZSBsb3dlcmNhc2Ugd29yZHMgam9pbmVkIGJ5IGh5cGhlbnMsIHN1Y2ggYXMgXCJ1c2UtdGhyZWFkc1wiLmBcbiAgICApXG4gIH1cbn1cblxuLyoqIEJ1aWxkcyB0aGUgcnVsZSBmcm9tIGl0cyBvcGVuaW5nIGxpbmUgYW5kIGhlYWRlciwgb3IgZXhwbGFpbnMgd2hhdCBpcyBtaXNzaW5nLiAqL1xuZnVuY3Rpb24gcGFyc2VSdWxlKFxuICBpZFRleHQ6IHN0cmluZyB8IHVuZGVmaW5lZCxcbiAgeyB2YWx1ZXM6IGhlYWRlciwgbGluZXMgfTogSGVhZGVyLFxuICB3aGVyZTogc3RyaW5nLFxuICB3aGVyZUxpbmU6IChsaW5lOiBudW1iZXIpID0+IHN0cmluZ1xuKTogT21pdDxSdWxlLCAnc291cmNlJz4ge1xuICBpZiAoIWlkVGV4dCkge1xuICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICB3aGVyZSxcbiAgICAgICd0aGUgcnVsZSBoYXMgbm8gaWQuIFdyaXRlIGl0IGFmdGVyIFwicnVsZVwiLCBhcyBpbiBcIjo6OiBydWxlIHVzZS10aHJlYWRzXCIuJ1xuICAgIClcbiAgfVxuICBjaGVja0lkKGlkVGV4dCwgJ3J1bGUgaWQnLCB3aGVyZSlcbiAgY29uc3QgcmVxdWlyZWQgPSAoa2V5OiBIZWFkZXJLZXksIGhpbnQ6IHN0cmluZyk6IHN0cmluZyA9PiB7XG4gICAgY29uc3QgdmFsdWUgPSBoZWFkZXJba2V5XVxuICAgIGlmICghdmFsdWUpIHtcbiAgICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICAgIHdoZXJlLFxuICAgICAgICBgdGhlIHJ1bGUgXCIke2lkVGV4dH1cIiBoYXMgbm8gJHtrZXl9LiBBZGQgYSBsaW5lIFwiJHtrZXl9OiAke2hpbnR9XCIgYmVsb3cgXCI6OjogcnVsZSAke2lkVGV4dH1cIi5gXG4gICAgICApXG4gICAgfVxuICAgIHJldHVybiB2YWx1ZVxuICB9XG4gIGNvbnN0IG51bWJlclRleHQgPSByZXF1aXJlZCgnbnVtYmVyJywgJzEnKVxuICBpZiAoIS9eWzEtOV1cXGQqJC8udGVzdChudW1iZXJUZXh0KSkge1xuICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICB3aGVyZSxcbiAgICAgIGB0aGUgcnVsZSBcIiR7aWRUZXh0fVwiIGhhcyBudW1iZXIgXCIke251bWJlclRleHR9XCI7IHVzZSBhIHdob2xlIG51bWJlciBmcm9tIDEuYFxuICAgIClcbiAgfVxuICBjb25zdCB0aXRsZSA9IHJlcXVpcmVkKCd0aXRsZScsICdcdTIwMjYnKVxuICBjb25zdCBzdW1tYXJ5ID0gcmVxdWlyZWQoJ3N1bW1hcnknLCAnb25lIHNlbnRlbmNlIGZvciBsaW5rIHByZXZpZXdzJylcbiAgY29uc3QgYWxpYXNlcyA9IChoZWFkZXIuYWxpYXNlcyA/PyAnJylcbiAgICAuc3BsaXQoJywnKVxuICAgIC5tYXAoKGFsaWFzKSA9PiBhbGlhcy50cmltKCkpXG4gICAgLmZpbHRlcigoYWxpYXMpID0+IGFsaWFzICE9PSAnJylcbiAgZm9yIChjb25zdCBhbGlhcyBvZiBhbGlhc2VzKSBjaGVja0lkKGFsaWFzLCAnYWxpYXMnLCB3aGVyZSlcbiAgY29uc3QgZW5mb3JjZW1lbnQgPSBoZWFkZXIuZW5mb3JjZW1lbnRcbiAgaWYgKGVuZm9yY2VtZW50ICE9PSB1bmRlZmluZWQgJiYgIWlzRW5mb3JjZW1lbnRTdGVwKGVuZm9yY2VtZW50KSkge1xuICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICB3aGVyZUxpbmUobGluZXMuZW5mb3JjZW1lbnQgPz8gMCksXG4gICAgICBgdGhlIGVuZm9yY2VtZW50IHN0ZXAgXCIke2VuZm9yY2VtZW50fVwiIGlzIG5vdCBrbm93bi4gVXNlIG9uZSBvZiB0aGUgY29kZSBvZiBjb25kdWN0J3Mgc3RlcHM6ICR7ZW5mb3JjZW1lbnRTdGVwcy5qb2luKCcsICcpfS5gXG4gICAgKVxuICB9XG4gIHJldHVybiB7XG4gICAgaWQ6IGlkVGV4dCxcbiAgICBudW1iZXI6IE51bWJlcihudW1iZXJUZXh0KSxcbiAgICB0aXRsZSxcbiAgICBzdW1tYXJ5LFxuICAgIGFsaWFzZXMsXG4gICAgLi4uKGVuZm9yY2VtZW50ICYmIHsgZW5mb3JjZW1lbnQgfSlcbiAgfVxufVxuXG4vKiogQW4gYDo6OiBleGFtcGxlYCBvciBgOjo6IGNvbnNlcXVlbmNlYCBpbnNpZGUgYSBydWxlLCBieSBpdHMgbGluZXMuICovXG5pbnRlcmZhY2UgUGFydCB7XG4gIG5hbWU6ICdleGFtcGxlJyB8ICdjb25zZXF1ZW5jZSdcbiAgb3BlbkxpbmU6IG51bWJlclxuICBjbG9zZUxpbmU6IG51bWJlclxufVxuXG5pbnRlcmZhY2UgRXhhbXBsZSBleHRlbmRzIFBhcnQge1xuICBraW5kOiBFeGFtcGxlS2luZFxufVxuXG4vKipcbiAqIFNwbGl0cyBhIHJ1bGUncyBsaW5lcyBpbnRvIGl0cyB0ZXh0IGFuZCBpdHMgcGFydHMgKGV4YW1wbGVzIGFuZCB0aGVcbiAqIGNvbnNlcXVlbmNlKS4gT25seSBsaW5lcyBhdCB0aGUgcnVsZSdzIG93biBpbmRlbnQsIG91dHNpZGUgY29kZSBmZW5jZXMgYW5kXG4gKiBvdGhlciBjb250YWluZXJzLCBjYW4gb3BlbiBhIHBhcnQuXG4gKi9cbmZ1bmN0aW9uIGZpbmRQYXJ0cyhcbiAgc3RhdGU6IFN0YXRlQmxvY2ssXG4gIHJ1bGU6IFJ1bGUsXG4gIHJ1bGVJbmRlbnQ6IG51bWJlcixcbiAgYm9keVN0YXJ0OiBudW1iZXIsXG4gIGNsb3NlTGluZTogbnVtYmVyLFxuICB3aGVyZTogKGxpbmU6IG51bWJlcikgPT4gc3RyaW5nXG4pOiB7XG4gIGJvZHlSYW5nZXM6IFtudW1iZXIsIG51bWJlcl1bXVxuICBleGFtcGxlczogRXhhbXBsZVtdXG4gIGNvbnNlcXVlbmNlOiBQYXJ0IHwgdW5kZWZpbmVkXG59IHtcbiAgY29uc3QgYm9keVJhbmdlczogW251bWJlciwgbnVtYmVyXVtdID0gW11cbiAgY29uc3QgZXhhbXBsZXM6IEV4YW1wbGVbXSA9IFtdXG4gIGxldCBjb25zZXF1ZW5jZTogUGFydCB8IHVuZGVmaW5lZFxuICBsZXQgcmFuZ2VTdGFydCA9IGJvZHlTdGFydFxuICBsZXQgZGVwdGggPSAwXG4gIGNvbnN0IGluQ29kZSA9IGNvZGVGZW5jZVRyYWNrZXIoKVxuICBmb3IgKGxldCBsaW5lID0gYm9keVN0YXJ0OyBsaW5lIDwgY2xvc2VMaW5lOyBsaW5lKyspIHtcbiAgICBjb25zdCB0ZXh0ID0gbGluZVRleHQoc3RhdGUsIGxpbmUpXG4gICAgaWYgKGluQ29kZSh0ZXh0KSkgY29udGludWVcbiAgICBjb25zdCBwYXJ0ID0gcGFydE9wZW5QYXR0ZXJuLmV4ZWModGV4dClcbiAgICBpZiAocGFydCAmJiBkZXB0aCA9PT0gMCAmJiAoc3RhdGUuc0NvdW50W2xpbmVdID8/IDApIDw9IHJ1bGVJbmRlbnQpIHtcbiAgICAgIGNvbnN0IHBhcnRDbG9zZSA9IGZpbmRDbG9zZShzdGF0ZSwgbGluZSwgY2xvc2VMaW5lKVxuICAgICAgaWYgKHBhcnRDbG9zZSA9PT0gdW5kZWZpbmVkKSB7XG4gICAgICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICAgICAgd2hlcmUobGluZSksXG4gICAgICAgICAgYHRoZSAke3BhcnRbMV19IGlzIG5ldmVyIGNsb3NlZC4gQWRkIGEgbGluZSBcIjo6OlwiIGFmdGVyIGl0LmBcbiAgICAgICAgKVxuICAgICAgfVxuICAgICAgY29uc3QgbGluZXMgPSB7IG9wZW5MaW5lOiBsaW5lLCBjbG9zZUxpbmU6IHBhcnRDbG9zZSB9XG4gICAgICBpZiAocGFydFsxXSA9PT0gJ2V4YW1wbGUnKSB7XG4gICAgICAgIGV4YW1wbGVzLnB1c2goe1xuICAgICAgICAgIG5hbWU6ICdleGFtcGxlJyxcbiAgICAgICAgICAuLi5saW5lcyxcbiAgICAgICAgICBraW5kOiBleGFtcGxlS2luZChwYXJ0WzJdLCB3aGVyZShsaW5lKSlcbiAgICAgICAgfSlcbiAgICAgIH0gZWxzZSB7XG4gICAgICAgIGlmIChwYXJ0WzJdKSB7XG4gICAgICAgICAgdGhyb3cgbmV3IFJ1bGVTeW50YXhFcnJvcihcbiAgICAgICAgICAgIHdoZXJlKGxpbmUpLFxuICAgICAgICAgICAgYFwiOjo6IGNvbnNlcXVlbmNlXCIgdGFrZXMgbm90aGluZyBhZnRlciBpdDsgd3JpdGUgdGhlIGNvbnNlcXVlbmNlIG9uIHRoZSBsaW5lcyBiZWxvdy5gXG4gICAgICAgICAgKVxuICAgICAgICB9XG4gICAgICAgIGlmIChjb25zZXF1ZW5jZSkge1xuICAgICAgICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICAgICAgICB3aGVyZShsaW5lKSxcbiAgICAgICAgICAgIGB0aGUgcnVsZSBcIiR7cnVsZS5pZH1cIiBhbHJlYWR5IGhhcyBhIGNvbnNlcXVlbmNlIGF0ICR7d2hlcmUoY29uc2VxdWVuY2Uub3BlbkxpbmUpfS4gV3JpdGUgb25lIFwiOjo6IGNvbnNlcXVlbmNlXCIgcGVyIHJ1bGUuYFxuICAgICAgICAgIClcbiAgICAgICAgfVxuICAgICAgICBjb25zZXF1ZW5jZSA9IHsgbmFtZTogJ2NvbnNlcXVlbmNlJywgLi4ubGluZXMgfVxuICAgICAgfVxuICAgICAgYm9keVJhbmdlcy5wdXNoKFtyYW5nZVN0YXJ0LCBsaW5lXSlcbiAgICAgIHJhbmdlU3RhcnQgPSBwYXJ0Q2xvc2UgKyAxXG4gICAgICBsaW5lID0gcGFydENsb3NlXG4gICAgfSBlbHNlIGlmIChjbG9zZVBhdHRlcm4udGVzdCh0ZXh0KSkge1xuICAgICAgZGVwdGggPSBNYXRoLm1heCgwLCBkZXB0aCAtIDEpXG4gICAgfSBlbHNlIGlmIChuZXN0ZWRPcGVuUGF0dGVybi50ZXN0KHRleHQpKSB7XG4gICAgICBkZXB0aCsrXG4gICAgfVxuICB9XG4gIGJvZHlSYW5nZXMucHVzaChbcmFuZ2VTdGFydCwgY2xvc2VMaW5lXSlcbiAgcmV0dXJuIHtcbiAgICBib2R5UmFuZ2VzOiBib2R5UmFuZ2VzLmZpbHRlcigoW2Zyb20sIHRvXSkgPT4gZnJvbSA8IHRvKSxcbiAgICBleGFtcGxlcyxcbiAgICBjb25zZXF1ZW5jZVxuICB9XG59XG5cbmZ1bmN0aW9uIGV4YW1wbGVLaW5kKGtpbmRUZXh0OiBzdHJpbmcgfCB1bmRlZmluZWQsIHdoZXJlOiBzdHJpbmcpOiBFeGFtcGxlS2luZCB7XG4gIGlmICgha2luZFRleHQpIHtcbiAgICB0aHJvdyBuZXcgUnVsZVN5bnRheEVycm9yKFxuICAgICAgd2hlcmUsXG4gICAgICAnYW4gZXhhbXBsZSBuZWVkcyBhIGtpbmQ6IHdyaXRlIFwiOjo6IGV4YW1wbGUgZ29vZFwiIG9yIFwiOjo6IGV4YW1wbGUgcG9vclwiLidcbiAgICApXG4gIH1cbiAgY29uc3Qga2luZCA9IGV4YW1wbGVLaW5kcy5maW5kKChrbm93bikgPT4ga25vd24gPT09IGtpbmRUZXh0KVxuICBpZiAoIWtpbmQpIHtcbiAgICB0aHJvdyBuZXcgUnVsZVN5bnRheEVycm9yKFxuICAgICAgd2hlcmUsXG4gICAgICBgdGhlIGV4YW1wbGUga2luZCBcIiR7a2luZFRleHR9XCIgaXMgbm90IGtub3duLiBVc2UgXCJnb29kXCIgb3IgXCJwb29yXCIuYFxuICAgIClcbiAgfVxuICByZXR1cm4ga2luZFxufVxuXG4vKiogVG9rZW5pemVzIGxpbmVzIGBbZnJvbSwgdG8pYCBhcyBvcmRpbmFyeSBNYXJrZG93biwgaW5zaWRlIHRoZSBjb250YWluZXIuICovXG5mdW5jdGlvbiB0b2tlbml6ZUxpbmVzKHN0YXRlOiBTdGF0ZUJsb2NrLCBmcm9tOiBudW1iZXIsIHRvOiBudW1iZXIpOiB2b2lkIHtcbiAgY29uc3Qgb2xkUGFyZW50VHlwZSA9IHN0YXRlLnBhcmVudFR5cGVcbiAgY29uc3Qgb2xkTGluZU1heCA9IHN0YXRlLmxpbmVNYXhcbiAgc3RhdGUucGFyZW50VHlwZSA9ICdjb250YWluZXInIGFzIHR5cGVvZiBzdGF0ZS5wYXJlbnRUeXBlXG4gIHN0YXRlLmxpbmVNYXggPSB0b1xuICBzdGF0ZS5tZC5ibG9jay50b2tlbml6ZShzdGF0ZSwgZnJvbSwgdG8pXG4gIHN0YXRlLnBhcmVudFR5cGUgPSBvbGRQYXJlbnRUeXBlXG4gIHN0YXRlLmxpbmVNYXggPSBvbGRMaW5lTWF4XG59XG5cbi8qKiBUb2tlbml6ZXMgYSBwYXJ0J3MgY29udGVudDsgaXQgbXVzdCBoYXZlIHNvbWUsIGFuZCBubyBoZWFkaW5ncy4gKi9cbmZ1bmN0aW9uIHRva2VuaXplUGFydChcbiAgc3RhdGU6IFN0YXRlQmxvY2ssXG4gIHBhcnQ6IFBhcnQsXG4gIHdoZXJlOiAobGluZTogbnVtYmVyKSA9PiBzdHJpbmdcbik6IHZvaWQge1xuICBjb25zdCBmaXJzdFRva2VuID0gc3RhdGUudG9rZW5zLmxlbmd0aFxuICB0b2tlbml6ZUxpbmVzKHN0YXRlLCBwYXJ0Lm9wZW5MaW5lICsgMSwgcGFydC5jbG9zZUxpbmUpXG4gIGNvbnN0IHRva2VucyA9IHN0YXRlLnRva2Vucy5zbGljZShmaXJzdFRva2VuKVxuICBpZiAodG9rZW5zLmxlbmd0aCA9PT0gMCkge1xuICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICB3aGVyZShwYXJ0Lm9wZW5MaW5lKSxcbiAgICAgIGB0aGUgJHtwYXJ0Lm5hbWV9IGlzIGVtcHR5LiBXcml0ZSBpdCBvbiB0aGUgbGluZXMgYmV0d2VlbiBcIiR7bGluZVRleHQoc3RhdGUsIHBhcnQub3BlbkxpbmUpfVwiIGFuZCBpdHMgXCI6OjpcIi5gXG4gICAgKVxuICB9XG4gIGNvbnN0IGhlYWRpbmcgPSB0b2tlbnMuZmluZCgodG9rZW4pID0+IHRva2VuLnR5cGUgPT09ICdoZWFkaW5nX29wZW4nKVxuICBpZiAoaGVhZGluZykge1xuICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICB3aGVyZShoZWFkaW5nLm1hcD8uWzBdID8/IHBhcnQub3BlbkxpbmUpLFxuICAgICAgYHRoZSAke3BhcnQubmFtZX0gY2Fubm90IGhvbGQgYSBoZWFkaW5nOiBpdCB3b3VsZCBzaG93IGluIFwiT24gdGhpcyBwYWdlXCIuIFVzZSAqKmJvbGQqKiB0ZXh0IGluc3RlYWQuYFxuICAgIClcbiAgfVxufVxuXG4vKiogV3JhcHMgd2hhdCBgZmlsbGAgcHVzaGVzIGluIGEgbmFtZWQgc2xvdCBvZiB0aGUgY2FyZDogYDx0ZW1wbGF0ZSAjbmFtZT5gLiAqL1xuZnVuY3Rpb24gcHVzaFNsb3Qoc3RhdGU6IFN0YXRlQmxvY2ssIG5hbWU6IHN0cmluZywgZmlsbDogKCkgPT4gdm9pZCk6IHZvaWQge1xuICBjb25zdCBvcGVuID0gc3RhdGUucHVzaCgncnVsZV9zbG90X29wZW4nLCAndGVtcGxhdGUnLCAxKVxuICBvcGVuLmJsb2NrID0gdHJ1ZVxuICBvcGVuLm1ldGEgPSB7IG5hbWUgfVxuICBmaWxsKClcbiAgc3RhdGUucHVzaCgncnVsZV9zbG90X2Nsb3NlJywgJ3RlbXBsYXRlJywgLTEpLmJsb2NrID0gdHJ1ZVxufVxuXG4vKiogQSBwYXJhZ3JhcGggb2YgZ2VuZXJhdGVkIE1hcmtkb3duLCBwYXJzZWQgbGlrZSBhbnkgb3RoZXIuICovXG5mdW5jdGlvbiBwdXNoUGFyYWdyYXBoKFxuICBzdGF0ZTogU3RhdGVCbG9jayxcbiAgbWFya2Rvd246IHN0cmluZyxcbiAgbGluZTogbnVtYmVyXG4pOiB2b2lkIHtcbiAgY29uc3QgbWFwOiBbbnVtYmVyLCBudW1iZXJdID0gW2xpbmUsIGxpbmUgKyAxXVxuICBzdGF0ZS5wdXNoKCdwYXJhZ3JhcGhfb3BlbicsICdwJywgMSkubWFwID0gbWFwXG4gIGNvbnN0IGlubGluZSA9IHN0YXRlLnB1c2goJ2lubGluZScsICcnLCAwKVxuICBpbmxpbmUuY29udGVudCA9IG1hcmtkb3duXG4gIGlubGluZS5tYXAgPSBtYXBcbiAgaW5saW5lLmNoaWxkcmVuID0gW11cbiAgc3RhdGUucHVzaCgncGFyYWdyYXBoX2Nsb3NlJywgJ3AnLCAtMSlcbn1cblxuLyoqXG4gKiBBbiBleGFtcGxlIG9yIGNvbnNlcXVlbmNlIHRoYXQgdGhlIHJ1bGUgY29udGFpbmVyIGRpZCBub3QgdGFrZTogaXQgaXNcbiAqIG91dHNpZGUgYSBydWxlLCBvciBuZXN0ZWQgZGVlcGVyIHRoYW4gdGhlIHJ1bGUncyBvd24gaW5kZW50LlxuICovXG5mdW5jdGlvbiBzdHJheVBhcnQoXG4gIHN0YXRlOiBTdGF0ZUJsb2NrLFxuICBzdGFydExpbmU6IG51bWJlcixcbiAgX2VuZExpbmU6IG51bWJlcixcbiAgc2lsZW50OiBib29sZWFuXG4pOiBib29sZWFuIHtcbiAgaWYgKChzdGF0ZS5zQ291bnRbc3RhcnRMaW5lXSA/PyAwKSAtIHN0YXRlLmJsa0luZGVudCA+PSA0KSByZXR1cm4gZmFsc2VcbiAgY29uc3QgcGFydCA9IHBhcnRPcGVuUGF0dGVybi5leGVjKGxpbmVUZXh0KHN0YXRlLCBzdGFydExpbmUpKVxuICBpZiAoIXBhcnQpIHJldHVybiBmYWxzZVxuICBpZiAoc2lsZW50KSByZXR1cm4gdHJ1ZVxuICB0aHJvdyBuZXcgUnVsZVN5bnRheEVycm9yKFxuICAgIHNvdXJjZUxvY2F0aW9uKHN0YXRlLmVudiwgW3N0YXJ0TGluZSwgc3RhcnRMaW5lICsgMV0pLFxuICAgIGBcIjo6OiAke3BhcnRbMV19XCIgYmVsb25ncyBkaXJlY3RseSBpbnNpZGUgYSBcIjo6OiBydWxlXCIgY29udGFpbmVyLCBhdCB0aGUgc2FtZSBpbmRlbnQgYXMgaXRzIFwiOjo6IHJ1bGVcIiBsaW5lLmBcbiAgKVxufVxuXG5mdW5jdGlvbiBydWxlQmxvY2soXG4gIHN0YXRlOiBTdGF0ZUJsb2NrLFxuICBzdGFydExpbmU6IG51bWJlcixcbiAgZW5kTGluZTogbnVtYmVyLFxuICBzaWxlbnQ6IGJvb2xlYW5cbik6IGJvb2xlYW4ge1xuICAvLyBGb3VyIHNwYWNlcyBvZiBpbmRlbnQgbWFrZSBhbiBpbmRlbnRlZCBjb2RlIGJsb2NrLCBub3QgYSBjb250YWluZXIuXG4gIGlmICgoc3RhdGUuc0NvdW50W3N0YXJ0TGluZV0gPz8gMCkgLSBzdGF0ZS5ibGtJbmRlbnQgPj0gNCkgcmV0dXJuIGZhbHNlXG4gIGNvbnN0IG9wZW4gPSBvcGVuUGF0dGVybi5leGVjKGxpbmVUZXh0KHN0YXRlLCBzdGFydExpbmUpKVxuICBpZiAoIW9wZW4pIHJldHVybiBmYWxzZVxuICBpZiAoc2lsZW50KSByZXR1cm4gdHJ1ZVxuXG4gIGNvbnN0IGVudiA9IHN0YXRlLmVudiBhcyBSdWxlRW52XG4gIGNvbnN0IHdoZXJlID0gKGxpbmU6IG51bWJlcik6IHN0cmluZyA9PiBzb3VyY2VMb2NhdGlvbihlbnYsIFtsaW5lLCBsaW5lICsgMV0pXG5cbiAgY29uc3QgY2xvc2VMaW5lID0gZmluZENsb3NlKHN0YXRlLCBzdGFydExpbmUsIGVuZExpbmUpXG4gIGlmIChjbG9zZUxpbmUgPT09IHVuZGVmaW5lZCkge1xuICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICB3aGVyZShzdGFydExpbmUpLFxuICAgICAgYHRoZSBydWxlIGNvbnRhaW5lciBpcyBuZXZlciBjbG9zZWQuIEFkZCBhIGxpbmUgXCI6OjpcIiBhZnRlciB0aGUgcnVsZSdzIHRleHQsIGFuZCBjaGVjayB0aGF0IGVhY2ggXCI6OjogZXhhbXBsZVwiIGFuZCBcIjo6OiBjb25zZXF1ZW5jZVwiIGluIGl0IGhhcyBpdHMgb3duIFwiOjo6XCIuYFxuICAgIClcbiAgfVxuXG4gIGNvbnN0IHsgaGVhZGVyLCBib2R5U3RhcnQgfSA9IHJlYWRIZWFkZXIoc3RhdGUsIHN0YXJ0TGluZSwgY2xvc2VMaW5lLCB3aGVyZSlcbiAgY29uc3QgcnVsZTogUnVsZSA9IHtcbiAgICAuLi5wYXJzZVJ1bGUob3BlblsxXSwgaGVhZGVyLCB3aGVyZShzdGFydExpbmUpLCB3aGVyZSksXG4gICAgc291cmNlOiB3aGVyZShzdGFydExpbmUpXG4gIH1cblxuICBjb25zdCBydWxlcyA9IChlbnYucnVsZXMgPz89IFtdKVxuICBmb3IgKGNvbnN0IG90aGVyIG9mIHJ1bGVzKSB7XG4gICAgY29uc3QgY2xhc2ggPSBbcnVsZS5pZCwgLi4ucnVsZS5hbGlhc2VzXS5maW5kKFxuICAgICAgKGlkKSA9PiBpZCA9PT0gb3RoZXIuaWQgfHwgb3RoZXIuYWxpYXNlcy5pbmNsdWRlcyhpZClcbiAgICApXG4gICAgaWYgKGNsYXNoKSB7XG4gICAgICB0aHJvdyBuZXcgUnVsZVN5bnRheEVycm9yKFxuICAgICAgICBydWxlLnNvdXJjZSxcbiAgICAgICAgYHRoZSBpZCBcIiR7Y2xhc2h9XCIgaXMgYWxyZWFkeSB1c2VkIGJ5IHRoZSBydWxlIGF0ICR7b3RoZXIuc291cmNlfS5gXG4gICAgICApXG4gICAgfVxuICAgIGlmIChvdGhlci5udW1iZXIgPT09IHJ1bGUubnVtYmVyKSB7XG4gICAgICB0aHJvdyBuZXcgUnVsZVN5bnRheEVycm9yKFxuICAgICAgICBydWxlLnNvdXJjZSxcbiAgICAgICAgYHJ1bGUgbnVtYmVyICR7cnVsZS5udW1iZXJ9IGlzIGFscmVhZHkgdXNlZCBieSB0aGUgcnVsZSBhdCAke290aGVyLnNvdXJjZX0uYFxuICAgICAgKVxuICAgIH1cbiAgfVxuICBydWxlcy5wdXNoKHJ1bGUpXG5cbiAgY29uc3QgY2FyZE9wZW4gPSBzdGF0ZS5wdXNoKCdydWxlX2NhcmRfb3BlbicsICdSdWxlQ2FyZCcsIDEpXG4gIGNhcmRPcGVuLmJsb2NrID0gdHJ1ZVxuICBjYXJkT3Blbi5tYXAgPSBbc3RhcnRMaW5lLCBjbG9zZUxpbmUgKyAxXVxuICBjYXJkT3Blbi5tZXRhID0gcnVsZVxuXG4gIGNvbnN0IGhlYWRpbmdPcGVuID0gc3RhdGUucHVzaCgnaGVhZGluZ19vcGVuJywgJ2gyJywgMSlcbiAgaGVhZGluZ09wZW4ubWFya3VwID0gJyMjJ1xuICBoZWFkaW5nT3Blbi5tYXAgPSBbc3RhcnRMaW5lLCBzdGFydExpbmUgKyAxXVxuICBoZWFkaW5nT3Blbi5hdHRyU2V0KCdpZCcsIHJ1bGUuaWQpXG4gIGNvbnN0IGhlYWRpbmdUZXh0ID0gc3RhdGUucHVzaCgnaW5saW5lJywgJycsIDApXG4gIGhlYWRpbmdUZXh0LmNvbnRlbnQgPSBydWxlLnRpdGxlXG4gIGhlYWRpbmdUZXh0Lm1hcCA9IFtzdGFydExpbmUsIHN0YXJ0TGluZSArIDFdXG4gIGhlYWRpbmdUZXh0LmNoaWxkcmVuID0gW11cbiAgaGVhZGluZ1RleHQubWV0YSA9IHsgcnVsZVRpdGxlOiB0cnVlIH1cbiAgc3RhdGUucHVzaCgnaGVhZGluZ19jbG9zZScsICdoMicsIC0xKS5tYXJrdXAgPSAnIyMnXG5cbiAgY29uc3QgeyBib2R5UmFuZ2VzLCBleGFtcGxlcywgY29uc2VxdWVuY2UgfSA9IGZpbmRQYXJ0cyhcbiAgICBzdGF0ZSxcbiAgICBydWxlLFxuICAgIHN0YXRlLnNDb3VudFtzdGFydExpbmVdID8/IDAsXG4gICAgYm9keVN0YXJ0LFxuICAgIGNsb3NlTGluZSxcbiAgICB3aGVyZVxuICApXG4gIGZvciAoY29uc3QgW2Zyb20sIHRvXSBvZiBib2R5UmFuZ2VzKSB0b2tlbml6ZUxpbmVzKHN0YXRlLCBmcm9tLCB0bylcblxuICBpZiAoZXhhbXBsZXMubGVuZ3RoID4gMCkge1xuICAgIHB1c2hTbG90KHN0YXRlLCAnZXhhbXBsZXMnLCAoKSA9PiB7XG4gICAgICBmb3IgKGNvbnN0IGV4YW1wbGUgb2YgZXhhbXBsZXMpIHtcbiAgICAgICAgY29uc3Qgb3BlbiA9IHN0YXRlLnB1c2goJ3J1bGVfZXhhbXBsZV9vcGVuJywgJ1J1bGVFeGFtcGxlJywgMSlcbiAgICAgICAgb3Blbi5ibG9jayA9IHRydWVcbiAgICAgICAgb3Blbi5tYXAgPSBbZXhhbXBsZS5vcGVuTGluZSwgZXhhbXBsZS5jbG9zZUxpbmUgKyAxXVxuICAgICAgICBvcGVuLm1ldGEgPSB7IGtpbmQ6IGV4YW1wbGUua2luZCB9XG4gICAgICAgIHRva2VuaXplUGFydChzdGF0ZSwgZXhhbXBsZSwgd2hlcmUpXG4gICAgICAgIHN0YXRlLnB1c2goJ3J1bGVfZXhhbXBsZV9jbG9zZScsICdSdWxlRXhhbXBsZScsIC0xKS5ibG9jayA9IHRydWVcbiAgICAgIH1cbiAgICB9KVxuICB9XG4gIGlmIChydWxlLmVuZm9yY2VtZW50IHx8IGNvbnNlcXVlbmNlKSB7XG4gICAgcHVzaFNsb3Qoc3RhdGUsICdjb25zZXF1ZW5jZScsICgpID0+IHtcbiAgICAgIGlmIChydWxlLmVuZm9yY2VtZW50KSB7XG4gICAgICAgIHB1c2hQYXJhZ3JhcGgoXG4gICAgICAgICAgc3RhdGUsXG4gICAgICAgICAgZW5mb3JjZW1lbnRTZW50ZW5jZShydWxlLmVuZm9yY2VtZW50KSxcbiAgICAgICAgICBzdGFydExpbmUgKyAxXG4gICAgICAgIClcbiAgICAgIH1cbiAgICAgIGlmIChjb25zZXF1ZW5jZSkgdG9rZW5pemVQYXJ0KHN0YXRlLCBjb25zZXF1ZW5jZSwgd2hlcmUpXG4gICAgfSlcbiAgfVxuXG4gIHN0YXRlLnB1c2goJ3J1bGVfY2FyZF9jbG9zZScsICdSdWxlQ2FyZCcsIC0xKS5ibG9jayA9IHRydWVcbiAgc3RhdGUubGluZSA9IGNsb3NlTGluZSArIDFcbiAgcmV0dXJuIHRydWVcbn1cblxuLyoqXG4gKiBtYXJrZG93bi1pdCBwYXJzZXMgZXZlcnkgaW5saW5lIHRva2VuJ3MgY29udGVudCBhcyBNYXJrZG93bi4gQSBydWxlIHRpdGxlXG4gKiBpcyBwbGFpbiB0ZXh0IChhIGA8YCBvciBgKmAgaW4gaXQgbXVzdCBzaG93IGFzIHR5cGVkKSwgc28gZ2l2ZSBpdCBhIHNpbmdsZVxuICogdGV4dCBjaGlsZCBpbnN0ZWFkLlxuICovXG5mdW5jdGlvbiBrZWVwVGl0bGVzUGxhaW4oc3RhdGU6IFN0YXRlQ29yZSk6IHZvaWQge1xuICBmb3IgKGNvbnN0IHRva2VuIG9mIHN0YXRlLnRva2Vucykge1xuICAgIGlmIChcbiAgICAgIHRva2VuLnR5cGUgPT09ICdpbmxpbmUnICYmXG4gICAgICAodG9rZW4ubWV0YSBhcyB7IHJ1bGVUaXRsZT86IGJvb2xlYW4gfSB8IG51bGwpPy5ydWxlVGl0bGVcbiAgICApIHtcbiAgICAgIGNvbnN0IHRleHQgPSBuZXcgc3RhdGUuVG9rZW4oJ3RleHQnLCAnJywgMClcbiAgICAgIHRleHQuY29udGVudCA9IHRva2VuLmNvbnRlbnRcbiAgICAgIHRva2VuLmNoaWxkcmVuID0gW3RleHRdXG4gICAgfVxuICB9XG59XG5cbi8qKiBFdmVyeSBpZCBhIHJlYWRlciBjYW4gbGluayB0byBvbiB0aGlzIHBhZ2UsIHdpdGggdGhlIHRva2VuIHRoYXQgbWFkZSBpdC4gKi9cbmZ1bmN0aW9uIHBhZ2VJZHMoXG4gIHRva2VuczogVG9rZW5bXVxuKTogeyBpZDogc3RyaW5nOyBtYXA6IFtudW1iZXIsIG51bWJlcl0gfCBudWxsIH1bXSB7XG4gIGNvbnN0IGlkczogeyBpZDogc3RyaW5nOyBtYXA6IFtudW1iZXIsIG51bWJlcl0gfCBudWxsIH1bXSA9IFtdXG4gIGZvciAoY29uc3QgdG9rZW4gb2YgdG9rZW5zKSB7XG4gICAgaWYgKHRva2VuLnR5cGUgPT09ICdoZWFkaW5nX29wZW4nKSB7XG4gICAgICBjb25zdCBpZCA9IHRva2VuLmF0dHJHZXQoJ2lkJylcbiAgICAgIGlmIChpZCkgaWRzLnB1c2goeyBpZCwgbWFwOiB0b2tlbi5tYXAgfSlcbiAgICB9IGVsc2UgaWYgKHRva2VuLnR5cGUgPT09ICdydWxlX2NhcmRfb3BlbicpIHtcbiAgICAgIGZvciAoY29uc3QgYWxpYXMgb2YgKHRva2VuLm1ldGEgYXMgUnVsZSkuYWxpYXNlcylcbiAgICAgICAgaWRzLnB1c2goeyBpZDogYWxpYXMsIG1hcDogdG9rZW4ubWFwIH0pXG4gICAgfVxuICB9XG4gIHJldHVybiBpZHNcbn1cblxuLyoqIEZhaWxzIG9uIGFuIGlkIHVzZWQgdHdpY2Ugb24gdGhlIHBhZ2UsIG9yIGEgaGVhZGluZyB0aGF0IHRha2VzIGFub3RoZXIgcGFnZSdzIHJ1bGUgaWQuICovXG5mdW5jdGlvbiBjaGVja1VuaXF1ZUlkcyhzdGF0ZTogU3RhdGVDb3JlLCBzaXRlUnVsZXM6IHJlYWRvbmx5IFJ1bGVbXSk6IHZvaWQge1xuICBjb25zdCBzZWVuID0gbmV3IE1hcDxzdHJpbmcsIHN0cmluZz4oKVxuICBjb25zdCB0aGlzRmlsZSA9IHNvdXJjZUxvY2F0aW9uKHN0YXRlLmVudilcbiAgZm9yIChjb25zdCB7IGlkLCBtYXAgfSBvZiBwYWdlSWRzKHN0YXRlLnRva2VucykpIHtcbiAgICBjb25zdCB3aGVyZSA9IHNvdXJjZUxvY2F0aW9uKHN0YXRlLmVudiwgbWFwKVxuICAgIGNvbnN0IGZpcnN0ID0gc2Vlbi5nZXQoaWQpXG4gICAgaWYgKGZpcnN0KVxuICAgICAgdGhyb3cgbmV3IFJ1bGVTeW50YXhFcnJvcihcbiAgICAgICAgd2hlcmUsXG4gICAgICAgIGB0aGUgaWQgXCIke2lkfVwiIGlzIGFscmVhZHkgdXNlZCBhdCAke2ZpcnN0fS4gSWRzIG11c3QgYmUgdW5pcXVlLmBcbiAgICAgIClcbiAgICBzZWVuLnNldChpZCwgd2hlcmUpXG5cbiAgICBjb25zdCBvd25lciA9IHNpdGVSdWxlcy5maW5kKFxuICAgICAgKHJ1bGUpID0+IHJ1bGUuaWQgPT09IGlkIHx8IHJ1bGUuYWxpYXNlcy5pbmNsdWRlcyhpZClcbiAgICApXG4gICAgaWYgKG93bmVyICYmICFvd25lci5zb3VyY2Uuc3RhcnRzV2l0aChgJHt0aGlzRmlsZX06YCkpIHtcbiAgICAgIHRocm93IG5ldyBSdWxlU3ludGF4RXJyb3IoXG4gICAgICAgIHdoZXJlLFxuICAgICAgICBgdGhlIGlkIFwiJHtpZH1cIiBiZWxvbmdzIHRvIHRoZSBydWxlIGF0ICR7b3duZXIuc291cmNlfS4gR2l2ZSB0aGlzIGhlYWRpbmcgYW5vdGhlciBpZCB3aXRoIHsjXHUyMDI2fS5gXG4gICAgICApXG4gICAgfVxuICB9XG59XG5cbmZ1bmN0aW9uIGVzY2FwZUF0dHJpYnV0ZSh2YWx1ZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHZhbHVlXG4gICAgLnJlcGxhY2UoLyYvZywgJyZhbXA7JylcbiAgICAucmVwbGFjZSgvXCIvZywgJyZxdW90OycpXG4gICAgLnJlcGxhY2UoLzwvZywgJyZsdDsnKVxuICAgIC5yZXBsYWNlKC8+L2csICcmZ3Q7Jylcbn1cblxuZnVuY3Rpb24gcmVuZGVyQ2FyZE9wZW4ocnVsZTogUnVsZSk6IHN0cmluZyB7XG4gIGNvbnN0IHByb3BzID0gW1xuICAgIGBydWxlLWlkPVwiJHtlc2NhcGVBdHRyaWJ1dGUocnVsZS5pZCl9XCJgLFxuICAgIGA6bnVtYmVyPVwiJHtydWxlLm51bWJlcn1cImAsXG4gICAgYHRpdGxlPVwiJHtlc2NhcGVBdHRyaWJ1dGUocnVsZS50aXRsZSl9XCJgLFxuICAgIGBzdW1tYXJ5PVwiJHtlc2NhcGVBdHRyaWJ1dGUocnVsZS5zdW1tYXJ5KX1cImAsXG4gICAgYDphbGlhc2VzPVwiJHtlc2NhcGVBdHRyaWJ1dGUoSlNPTi5zdHJpbmdpZnkocnVsZS5hbGlhc2VzKSl9XCJgXG4gIF1cbiAgLy8gRW1wdHkgZWxlbWVudHMgY2FycnlpbmcgdGhlIG9sZCBpZHMsIHNvIGAjPGFsaWFzPmAgc2Nyb2xscyB0byB0aGUgY2FyZC5cbiAgY29uc3QgYWxpYXNBbmNob3JzID0gcnVsZS5hbGlhc2VzXG4gICAgLm1hcChcbiAgICAgIChhbGlhcykgPT5cbiAgICAgICAgYDxzcGFuIGlkPVwiJHtlc2NhcGVBdHRyaWJ1dGUoYWxpYXMpfVwiIGNsYXNzPVwicnVsZS1hbGlhcy1hbmNob3JcIj48L3NwYW4+YFxuICAgIClcbiAgICAuam9pbignJylcbiAgcmV0dXJuIGA8UnVsZUNhcmQgJHtwcm9wcy5qb2luKCcgJyl9PiR7YWxpYXNBbmNob3JzfVxcbmBcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJ1bGVDb250YWluZXJQbHVnaW4oXG4gIG1kOiBNYXJrZG93bkl0LFxuICBvcHRpb25zOiBSdWxlQ29udGFpbmVyT3B0aW9ucyA9IHt9XG4pOiB2b2lkIHtcbiAgbWQuYmxvY2sucnVsZXIuYmVmb3JlKCdmZW5jZScsICdydWxlX2NvbnRhaW5lcicsIHJ1bGVCbG9jaywge1xuICAgIGFsdDogWydwYXJhZ3JhcGgnLCAncmVmZXJlbmNlJywgJ2Jsb2NrcXVvdGUnLCAnbGlzdCddXG4gIH0pXG4gIG1kLmJsb2NrLnJ1bGVyLmJlZm9yZSgnZmVuY2UnLCAncnVsZV9zdHJheV9wYXJ0Jywgc3RyYXlQYXJ0LCB7XG4gICAgYWx0OiBbJ3BhcmFncmFwaCcsICdyZWZlcmVuY2UnLCAnYmxvY2txdW90ZScsICdsaXN0J11cbiAgfSlcbiAgbWQuY29yZS5ydWxlci5hZnRlcignaW5saW5lJywgJ3J1bGVfdGl0bGVfcGxhaW4nLCBrZWVwVGl0bGVzUGxhaW4pXG4gIG1kLmNvcmUucnVsZXIucHVzaCgncnVsZV91bmlxdWVfaWRzJywgKHN0YXRlKSA9PlxuICAgIGNoZWNrVW5pcXVlSWRzKHN0YXRlLCBvcHRpb25zLnNpdGVSdWxlcyA/PyBbXSlcbiAgKVxuXG4gIG1kLnJlbmRlcmVyLnJ1bGVzLnJ1bGVfY2FyZF9vcGVuID0gKHRva2VucywgaW5kZXgpID0+XG4gICAgcmVuZGVyQ2FyZE9wZW4odG9rZW5zW2luZGV4XT8ubWV0YSBhcyBSdWxlKVxuICBtZC5yZW5kZXJlci5ydWxlcy5ydWxlX2NhcmRfY2xvc2UgPSAoKSA9PiAnPC9SdWxlQ2FyZD5cXG4nXG4gIG1kLnJlbmRlcmVyLnJ1bGVzLnJ1bGVfc2xvdF9vcGVuID0gKHRva2VucywgaW5kZXgpID0+XG4gICAgYDx0ZW1wbGF0ZSAjJHsodG9rZW5zW2luZGV4XT8ubWV0YSBhcyB7IG5hbWU6IHN0cmluZyB9KS5uYW1lfT5cXG5gXG4gIG1kLnJlbmRlcmVyLnJ1bGVzLnJ1bGVfc2xvdF9jbG9zZSA9ICgpID0+ICc8L3RlbXBsYXRlPlxcbidcbiAgbWQucmVuZGVyZXIucnVsZXMucnVsZV9leGFtcGxlX29wZW4gPSAodG9rZW5zLCBpbmRleCkgPT5cbiAgICBgPFJ1bGVFeGFtcGxlIGtpbmQ9XCIkeyh0b2tlbnNbaW5kZXhdPy5tZXRhIGFzIHsga2luZDogRXhhbXBsZUtpbmQgfSkua2luZH1cIj5cXG5gXG4gIG1kLnJlbmRlcmVyLnJ1bGVzLnJ1bGVfZXhhbXBsZV9jbG9zZSA9ICgpID0+ICc8L1J1bGVFeGFtcGxlPlxcbidcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9yZWRpcmVjdHMudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9yZWRpcmVjdHMudHNcIjsvKipcbiAqIFBhZ2VzIHRoYXQgbW92ZWQuIEVhY2ggZW50cnkga2VlcHMgYW4gb2xkIFVSTCB3b3JraW5nOiB0aGUgYnVpbGQgd3JpdGVzIGFcbiAqIHNtYWxsIHBhZ2UgYXQgYGZyb21gIHRoYXQgc2VuZHMgcmVhZGVycyBvbiB0byBgdG9gLCBhbmQgbGlzdHMgdGhlIHBhaXIgaW5cbiAqIGBfcmVkaXJlY3RzYCBmb3IgaG9zdHMgdGhhdCByZWFkIHRoYXQgZmlsZSAoTmV0bGlmeSwgQ2xvdWRmbGFyZSBQYWdlcykuXG4gKlxuICogV2hlbiB5b3UgcmVtb3ZlIG9yIHJlbmFtZSBhIHBhZ2UsIGFkZCBhbiBlbnRyeSBoZXJlOiB0aGUgcGVybWFsaW5rIHJlZ2lzdHJ5XG4gKiAoYHBlcm1hbGlua3MuanNvbmApIGZhaWxzIHRoZSBidWlsZCBmb3IgYW55IFVSTCB0aGF0IGlzIG5vIGxvbmdlciBzZXJ2ZWQuXG4gKiBBIHJ1bGUgdGhhdCBpcyByZW5hbWVkIG9yIHJlbW92ZWQga2VlcHMgaXRzIG9sZCBpZCBhcyBhbiBhbGlhcyBpbnN0ZWFkOiBzZWVcbiAqIFwiUmVtb3Zpbmcgb3IgcmVuYW1pbmcgYSBydWxlXCIgaW4gQ09OVFJJQlVUSU5HLm1kLiBBIG1pc3Rha2UgKGEgbG9vcCwgb3IgYVxuICogdGFyZ2V0IHRoYXQgaXMgbm90IGEgcGFnZSkgZmFpbHMgdGhlIGJ1aWxkIHdpdGggdGhlIGVudHJ5IGl0IG5hbWVzLlxuICpcbiAqIFRoZXNlIGVudHJpZXMgYXJlIHRoZSBQcmVmZWN0IGNvbW11bml0eSdzOiBpdHMgb2xkIFZ1ZVByZXNzIHBhZ2VzIHVuZGVyXG4gKiAvY29yZS8uIGBucG0gcnVuIGFkb3B0YCBlbXB0aWVzIHRoaXMgbGlzdCBmb3IgYW5vdGhlciBjb21tdW5pdHkuXG4gKi9cbmltcG9ydCB0eXBlIHsgUmVkaXJlY3QgfSBmcm9tICcuL2xpbmtzL3JlZGlyZWN0LWNoZWNrJ1xuXG5leHBvcnQgY29uc3QgcmVkaXJlY3RzOiBSZWRpcmVjdFtdID0gW1xuICB7XG4gICAgLy8gVGhlIG9sZCBWdWVQcmVzcyBzaXRlIHNlcnZlZCB0aGUgY29tbXVuaXR5IHBhZ2UgYXQgL2NvcmUvLlxuICAgIGZyb206ICcvY29yZS9jb21tdW5pdHkuaHRtbCcsXG4gICAgdG86ICcvY29tbXVuaXR5JyxcbiAgICBhbmNob3JzOiB7XG4gICAgICAvLyBJdHMgaGVhZGluZ3MsIHNsdWdnZWQgYnkgVnVlUHJlc3M6IFwiIyBDb21tdW5pdHlcIiwgXCIjIFNsYWNrXCIgYW5kXG4gICAgICAvLyBcIiMjIFNsYWNrIEd1aWRlbGluZXNcIiAodGhlIHJ1bGVzLCBiZWZvcmUgdGhleSBoYWQgYW5jaG9ycyBvZiB0aGVpciBvd24pLlxuICAgICAgY29tbXVuaXR5OiAnL2NvbW11bml0eScsXG4gICAgICBzbGFjazogJy9jb21tdW5pdHkjam9pbi1zbGFjaycsXG4gICAgICAnc2xhY2stZ3VpZGVsaW5lcyc6ICcvc2xhY2stcnVsZXMnXG4gICAgfVxuICB9LFxuICB7IGZyb206ICcvY29yZS9jb2RlX29mX2NvbmR1Y3QuaHRtbCcsIHRvOiAnL2NvZGUtb2YtY29uZHVjdCcgfVxuXVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzL3BhdGhzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvbGlua3MvcGF0aHMudHNcIjsvKipcbiAqIFNpdGUgcGF0aHMgYXMgcmVhZGVycyBhbmQgaG9zdHMgc2VlIHRoZW0uIFRoZSBzaXRlIHVzZXMgYGNsZWFuVXJsc2AsIHNvIGFcbiAqIHBhZ2UgYGRvY3Mvc2xhY2stcnVsZXMubWRgIGlzIHNlcnZlZCBhdCBgL3NsYWNrLXJ1bGVzYCBmcm9tIHRoZSBmaWxlXG4gKiBgc2xhY2stcnVsZXMuaHRtbGA7IGdlbmVyYXRlZCBwYWdlcyAoc2hvcnQgbGlua3MsIHJlZGlyZWN0cykgZm9sbG93IHRoZVxuICogc2FtZSBzY2hlbWUgc28gdGhhdCBhbnkgc3RhdGljIGhvc3Qgc2VydmVzIHRoZW0gdGhlIHNhbWUgd2F5LlxuICovXG5cbi8qKiBgc2xhY2stcnVsZXMubWRgIFx1MjE5MiBgL3NsYWNrLXJ1bGVzYDsgYGluZGV4Lm1kYCBcdTIxOTIgYC9gOyBgZ3VpZGUvaW5kZXgubWRgIFx1MjE5MiBgL2d1aWRlL2AuICovXG5leHBvcnQgZnVuY3Rpb24gcGFnZVBhdGgocGFnZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAvJHtwYWdlLnJlcGxhY2UoLyhefFxcLylpbmRleFxcLm1kJC8sICckMScpLnJlcGxhY2UoL1xcLm1kJC8sICcnKX1gXG59XG5cbi8qKiBUaGUgZmlsZSB0aGF0IHNlcnZlcyBhIHBhdGg6IGAvci8yYCBcdTIxOTIgYHIvMi5odG1sYCwgYC9gIFx1MjE5MiBgaW5kZXguaHRtbGAsIGAvYS5odG1sYCBcdTIxOTIgYGEuaHRtbGAuICovXG5leHBvcnQgZnVuY3Rpb24gb3V0cHV0RmlsZShwYXRoOiBzdHJpbmcpOiBzdHJpbmcge1xuICBjb25zdCByZWxhdGl2ZSA9IHBhdGgucmVwbGFjZSgvXlxcLy8sICcnKVxuICBpZiAocmVsYXRpdmUgPT09ICcnIHx8IHJlbGF0aXZlLmVuZHNXaXRoKCcvJykpIHJldHVybiBgJHtyZWxhdGl2ZX1pbmRleC5odG1sYFxuICByZXR1cm4gL1xcLlthLXowLTldKyQvaS50ZXN0KHJlbGF0aXZlKSA/IHJlbGF0aXZlIDogYCR7cmVsYXRpdmV9Lmh0bWxgXG59XG5cbi8qKiBTcGxpdHMgYC9zbGFjay1ydWxlcyN1c2UtdGhyZWFkc2AgaW50byBpdHMgcGF0aCBhbmQgaXRzIGZyYWdtZW50ICh3aXRob3V0IGAjYCkuICovXG5leHBvcnQgZnVuY3Rpb24gc3BsaXRGcmFnbWVudCh1cmw6IHN0cmluZyk6IHtcbiAgcGF0aDogc3RyaW5nXG4gIGZyYWdtZW50Pzogc3RyaW5nXG59IHtcbiAgY29uc3QgaGFzaCA9IHVybC5pbmRleE9mKCcjJylcbiAgcmV0dXJuIGhhc2ggPT09IC0xXG4gICAgPyB7IHBhdGg6IHVybCB9XG4gICAgOiB7IHBhdGg6IHVybC5zbGljZSgwLCBoYXNoKSwgZnJhZ21lbnQ6IHVybC5zbGljZShoYXNoICsgMSkgfVxufVxuXG4vKiogYGh0dHBzOi8vZXhhbXBsZS5vcmdgICsgYC9yLzJgIFx1MjE5MiBgaHR0cHM6Ly9leGFtcGxlLm9yZy9yLzJgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGFic29sdXRlVXJsKHNpdGVVcmw6IHN0cmluZywgcGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3NpdGVVcmwucmVwbGFjZSgvXFwvKyQvLCAnJyl9JHtwYXRofWBcbn1cblxuLyoqIEEgc2l0ZSBwYXRoIGFzIGFuIGhyZWYgdW5kZXIgdGhlIHNpdGUncyBgYmFzZWAgKGAvYCB1bmxlc3MgZGVwbG95ZWQgaW4gYSBmb2xkZXIpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdpdGhCYXNlKGJhc2U6IHN0cmluZywgcGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke2Jhc2UucmVwbGFjZSgvXFwvKyQvLCAnJyl9JHtwYXRofWBcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9saW5rc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9saW5rcy9wZXJtYWxpbmtzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvbGlua3MvcGVybWFsaW5rcy50c1wiOy8qKlxuICogVGhlIHBlcm1hbGluayByZWdpc3RyeTogZXZlcnkgVVJMIGFuZCBydWxlIGFuY2hvciB0aGUgc2l0ZSBoYXMgZXZlclxuICogcHVibGlzaGVkLCBjb21taXR0ZWQgaW4gYHBlcm1hbGlua3MuanNvbmAuIFNsYWNrIG1lc3NhZ2VzLCBib29rbWFya3MgYW5kXG4gKiBvdGhlciBzaXRlcyBsaW5rIHRvIHRoZW0gZm9yIHllYXJzLCBzbyBhIGJ1aWxkIG11c3Qga2VlcCBzZXJ2aW5nIGVhY2ggb25lLFxuICogZGlyZWN0bHkgb3IgdGhyb3VnaCBhIHJlZGlyZWN0LCBhbmQgYSBVUkwgaXMgbmV2ZXIgdGFrZW4gb2ZmIHRoZSBsaXN0LlxuICpcbiAqIGBucG0gcnVuIHBlcm1hbGlua3M6dXBkYXRlYCBhZGRzIHRoZSBVUkxzIG9mIG5ldyBwYWdlcyBhbmQgcnVsZXMuXG4gKi9cbmltcG9ydCB7IHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5pbXBvcnQgeyBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJ1xuaW1wb3J0IHR5cGUgeyBSdWxlIH0gZnJvbSAnLi4vcnVsZXMvcnVsZSdcbmltcG9ydCB7IExpbmtFcnJvciB9IGZyb20gJy4vbGluay1lcnJvcidcbmltcG9ydCB7IHJlYWRQYWdlRmFjdHMgfSBmcm9tICcuL3BhZ2UtZmFjdHMnXG5pbXBvcnQgeyBvdXRwdXRGaWxlLCBzcGxpdEZyYWdtZW50LCB3aXRoQmFzZSB9IGZyb20gJy4vcGF0aHMnXG5pbXBvcnQgdHlwZSB7IFJlZGlyZWN0IH0gZnJvbSAnLi9yZWRpcmVjdC1jaGVjaydcbmltcG9ydCB7IHJ1bGVQYWdlVXJsLCB0eXBlIFNob3J0TGluayB9IGZyb20gJy4vc2hvcnQtbGlua3MnXG5cbmV4cG9ydCBpbnRlcmZhY2UgUGVybWFsaW5rUmVnaXN0cnkge1xuICAkY29tbWVudD86IHN0cmluZ1xuICAvKiogU2l0ZSBwYXRocywgd2l0aCBgI2ZyYWdtZW50YCBmb3IgYW5jaG9yczogYC9zbGFjay1ydWxlcyN1c2UtdGhyZWFkc2AuICovXG4gIHVybHM6IHN0cmluZ1tdXG59XG5cbi8qKiBUaGUgcmVnaXN0cnkncyBmaWxlLCBmcm9tIHRoZSBwcm9qZWN0IHJvb3QuICovXG5leHBvcnQgY29uc3QgcmVnaXN0cnlGaWxlID0gJ3Blcm1hbGlua3MuanNvbidcblxuZXhwb3J0IGNvbnN0IHJlZ2lzdHJ5Q29tbWVudCA9XG4gICdFdmVyeSBVUkwgYW5kIHJ1bGUgYW5jaG9yIHRoaXMgc2l0ZSBoYXMgcHVibGlzaGVkLiBOZXZlciByZW1vdmUgb25lOiBhIG1vdmVkIHBhZ2UgZ2V0cyBhIHJlZGlyZWN0IGluIC52aXRlcHJlc3MvcmVkaXJlY3RzLnRzLCBhIHJlbmFtZWQgb3IgcmVtb3ZlZCBydWxlIGtlZXBzIGl0cyBvbGQgaWQgYXMgYW4gYWxpYXMgKENPTlRSSUJVVElORy5tZCwgXCJSZW1vdmluZyBvciByZW5hbWluZyBhIHJ1bGVcIikuIGBucG0gcnVuIHBlcm1hbGlua3M6dXBkYXRlYCBhZGRzIG5ldyBwYWdlcyBhbmQgcnVsZXM7IGBucG0gcnVuIGFkb3B0YCBlbXB0aWVzIHRoZSBsaXN0IGZvciBhbm90aGVyIGNvbW11bml0eS4nXG5cbi8qKiBXaGVyZSBDT05UUklCVVRJTkcubWQgZXhwbGFpbnMgd2hhdCB0byBkbyB3aGVuIGEgVVJMIGdvZXMuICovXG5leHBvcnQgY29uc3QgcmVtb3ZhbFJlY2lwZSA9ICdDT05UUklCVVRJTkcubWQsIFwiUmVtb3Zpbmcgb3IgcmVuYW1pbmcgYSBydWxlXCInXG5cbi8qKiBSZWFkcyBgcGVybWFsaW5rcy5qc29uYCBmcm9tIHRoZSBwcm9qZWN0IHJvb3QuICovXG5leHBvcnQgZnVuY3Rpb24gbG9hZFJlZ2lzdHJ5KHByb2plY3RSb290OiBzdHJpbmcpOiBQZXJtYWxpbmtSZWdpc3RyeSB7XG4gIHJldHVybiBKU09OLnBhcnNlKFxuICAgIHJlYWRGaWxlU3luYyhqb2luKHByb2plY3RSb290LCByZWdpc3RyeUZpbGUpLCAndXRmOCcpXG4gICkgYXMgUGVybWFsaW5rUmVnaXN0cnlcbn1cblxuLyoqIEZpbGVzIHRoZSBidWlsZCBwdWJsaXNoZXMgZm9yIGJvdHMsIHdoaWNoIHRoZXkgbWF5IGZldGNoIGZvciB5ZWFycy4gKi9cbmV4cG9ydCBjb25zdCBwdWJsaXNoZWRGaWxlcyA9IFsnL3J1bGVzLmpzb24nLCAnL3NsYWNrL3dlbGNvbWUuanNvbiddIGFzIGNvbnN0XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2l0ZUxpbmtzIHtcbiAgLyoqIFBhZ2UgcGF0aHMsIHN1Y2ggYXMgYC9gIGFuZCBgL3NsYWNrLXJ1bGVzYC4gKi9cbiAgcGFnZXM6IHJlYWRvbmx5IHN0cmluZ1tdXG4gIHJ1bGVzOiByZWFkb25seSBSdWxlW11cbiAgc2hvcnRMaW5rczogcmVhZG9ubHkgU2hvcnRMaW5rW11cbiAgcmVkaXJlY3RzOiByZWFkb25seSBSZWRpcmVjdFtdXG4gIC8qKiBTaXRlIFVSTHMgdGhhdCB0aGUgU2xhY2sgd2VsY29tZSBtZXNzYWdlIGxpbmtzIHRvLCBzdWNoIGFzIGAvY29kZS1vZi1jb25kdWN0I3JlcG9ydGluZ2AuICovXG4gIGxpbmtlZEZyb21TbGFjazogcmVhZG9ubHkgc3RyaW5nW11cbn1cblxuLyoqIEV2ZXJ5IFVSTCB0aGUgc2l0ZSBwdWJsaXNoZXMgdG9kYXkuICovXG5leHBvcnQgZnVuY3Rpb24gY3VycmVudFBlcm1hbGlua3Moc2l0ZTogU2l0ZUxpbmtzKTogc3RyaW5nW10ge1xuICBjb25zdCB1cmxzID0gW1xuICAgIC4uLnNpdGUucGFnZXMsXG4gICAgLi4uc2l0ZS5ydWxlcy5mbGF0TWFwKChydWxlKSA9PiBbXG4gICAgICBydWxlUGFnZVVybChydWxlKSxcbiAgICAgIC4uLnJ1bGUuYWxpYXNlcy5tYXAoXG4gICAgICAgIChhbGlhcykgPT4gYCR7c3BsaXRGcmFnbWVudChydWxlUGFnZVVybChydWxlKSkucGF0aH0jJHthbGlhc31gXG4gICAgICApXG4gICAgXSksXG4gICAgLi4uc2l0ZS5zaG9ydExpbmtzLm1hcCgobGluaykgPT4gbGluay5wYXRoKSxcbiAgICAuLi5zaXRlLnJlZGlyZWN0cy5mbGF0TWFwKChyZWRpcmVjdCkgPT4gW1xuICAgICAgcmVkaXJlY3QuZnJvbSxcbiAgICAgIC4uLk9iamVjdC5rZXlzKHJlZGlyZWN0LmFuY2hvcnMgPz8ge30pLm1hcChcbiAgICAgICAgKGFuY2hvcikgPT4gYCR7cmVkaXJlY3QuZnJvbX0jJHthbmNob3J9YFxuICAgICAgKVxuICAgIF0pLFxuICAgIC4uLnNpdGUubGlua2VkRnJvbVNsYWNrLFxuICAgIC4uLnB1Ymxpc2hlZEZpbGVzXG4gIF1cbiAgcmV0dXJuIFsuLi5uZXcgU2V0KHVybHMpXVxufVxuXG4vKiogUmVnaXN0cnkgb3JkZXI6IGJ5IHBhdGgsIHRoZW4gZnJhZ21lbnQsIHNvIGRpZmZzIHN0YXkgc21hbGwuICovXG5leHBvcnQgZnVuY3Rpb24gc29ydFVybHModXJsczogSXRlcmFibGU8c3RyaW5nPik6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIFsuLi5uZXcgU2V0KHVybHMpXS5zb3J0KChhLCBiKSA9PiAoYSA8IGIgPyAtMSA6IGEgPiBiID8gMSA6IDApKVxufVxuXG4vKiogVGhlIFVSTHMgcHVibGlzaGVkIHRvZGF5IHRoYXQgdGhlIHJlZ2lzdHJ5IGRvZXMgbm90IGxpc3QgeWV0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHVucmVnaXN0ZXJlZFVybHMoXG4gIHJlZ2lzdHJ5OiBQZXJtYWxpbmtSZWdpc3RyeSxcbiAgY3VycmVudDogcmVhZG9ubHkgc3RyaW5nW11cbik6IHN0cmluZ1tdIHtcbiAgY29uc3Qga25vd24gPSBuZXcgU2V0KHJlZ2lzdHJ5LnVybHMpXG4gIHJldHVybiBjdXJyZW50LmZpbHRlcigodXJsKSA9PiAha25vd24uaGFzKHVybCkpXG59XG5cbi8qKiBBZGRzIHRvZGF5J3MgVVJMczsgbmV2ZXIgcmVtb3ZlcyBvbmUuICovXG5leHBvcnQgZnVuY3Rpb24gdXBkYXRlUmVnaXN0cnkoXG4gIHJlZ2lzdHJ5OiBQZXJtYWxpbmtSZWdpc3RyeSxcbiAgY3VycmVudDogcmVhZG9ubHkgc3RyaW5nW11cbik6IHsgcmVnaXN0cnk6IFBlcm1hbGlua1JlZ2lzdHJ5OyBhZGRlZDogc3RyaW5nW10gfSB7XG4gIGNvbnN0IGFkZGVkID0gc29ydFVybHModW5yZWdpc3RlcmVkVXJscyhyZWdpc3RyeSwgY3VycmVudCkpXG4gIHJldHVybiB7XG4gICAgcmVnaXN0cnk6IHtcbiAgICAgICRjb21tZW50OiByZWdpc3RyeUNvbW1lbnQsXG4gICAgICB1cmxzOiBzb3J0VXJscyhbLi4ucmVnaXN0cnkudXJscywgLi4uY3VycmVudF0pXG4gICAgfSxcbiAgICBhZGRlZFxuICB9XG59XG5cbi8qKiBSZWFkcyB3aGF0IHRoZSBzaXRlIHNlcnZlcyBhdCBhIHBhdGg6IHRoZSBib2R5LCBvciBgdW5kZWZpbmVkYCBpZiBub3RoaW5nLiAqL1xuZXhwb3J0IHR5cGUgTG9hZFBhdGggPSAocGF0aDogc3RyaW5nKSA9PiBQcm9taXNlPHN0cmluZyB8IHVuZGVmaW5lZD5cblxuZXhwb3J0IHR5cGUgUmVzb2x1dGlvbiA9XG4gIHsgb2s6IHRydWU7IHVybDogc3RyaW5nOyBob3BzOiBzdHJpbmdbXSB9IHwgeyBvazogZmFsc2U7IHByb2JsZW06IHN0cmluZyB9XG5cbi8qKiBIb3cgbWFueSBmb3J3YXJkaW5nIHBhZ2VzIGEgVVJMIG1heSBwYXNzIHRocm91Z2g7IG1vcmUgaXMgc3VyZWx5IGEgbG9vcC4gKi9cbmNvbnN0IG1heEhvcHMgPSA1XG5cbmZ1bmN0aW9uIGlzSHRtbChwYXRoOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIG91dHB1dEZpbGUocGF0aCkuZW5kc1dpdGgoJy5odG1sJylcbn1cblxuLyoqXG4gKiBGb2xsb3dzIGEgVVJMIChhIHNpdGUgcGF0aCwgd2l0aG91dCB0aGUgYmFzZSkgdGhlIHdheSBhIGJyb3dzZXIgZG9lczogdGhyb3VnaCBmb3J3YXJkaW5nIHBhZ2VzIChtZXRhXG4gKiByZWZyZXNoLCBhbmQgdGhlaXIgbWFwIG9mIG9sZCBhbmNob3JzKSwgdG8gYSBwYWdlIHRoYXQgc2VydmVzIGl0LCB3aGVyZSB0aGVcbiAqIGAjZnJhZ21lbnRgIG11c3QgYmUgYW4gZWxlbWVudCBpZC5cbiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlc29sdmVQZXJtYWxpbmsoXG4gIHVybDogc3RyaW5nLFxuICBsb2FkOiBMb2FkUGF0aCxcbiAgYmFzZSA9ICcvJ1xuKTogUHJvbWlzZTxSZXNvbHV0aW9uPiB7XG4gIGNvbnN0IGhvcHM6IHN0cmluZ1tdID0gW11cbiAgbGV0IGN1cnJlbnQgPSB1cmxcbiAgZm9yICg7Oykge1xuICAgIGNvbnN0IHsgcGF0aCwgZnJhZ21lbnQgfSA9IHNwbGl0RnJhZ21lbnQoY3VycmVudClcbiAgICBjb25zdCBib2R5ID0gYXdhaXQgbG9hZChwYXRoKVxuICAgIGlmIChib2R5ID09PSB1bmRlZmluZWQpIHtcbiAgICAgIHJldHVybiB7XG4gICAgICAgIG9rOiBmYWxzZSxcbiAgICAgICAgcHJvYmxlbTogaG9wcy5sZW5ndGhcbiAgICAgICAgICA/IGAke3VybH0gcmVkaXJlY3RzIHRvICR7Y3VycmVudH0sIHdoaWNoIGlzIG5vdCBzZXJ2ZWQuYFxuICAgICAgICAgIDogYCR7dXJsfSBpcyBub3Qgc2VydmVkLmBcbiAgICAgIH1cbiAgICB9XG4gICAgaWYgKCFpc0h0bWwocGF0aCkpIHtcbiAgICAgIHJldHVybiBmcmFnbWVudCA9PT0gdW5kZWZpbmVkXG4gICAgICAgID8geyBvazogdHJ1ZSwgdXJsOiBjdXJyZW50LCBob3BzIH1cbiAgICAgICAgOiB7XG4gICAgICAgICAgICBvazogZmFsc2UsXG4gICAgICAgICAgICBwcm9ibGVtOiBgJHt1cmx9IGhhcyBhICNmcmFnbWVudCBvbiBhIGZpbGUgdGhhdCBpcyBub3QgYSBwYWdlLmBcbiAgICAgICAgICB9XG4gICAgfVxuICAgIGNvbnN0IGZhY3RzID0gcmVhZFBhZ2VGYWN0cyhib2R5KVxuICAgIGlmIChmYWN0cy5yZWZyZXNoICE9PSB1bmRlZmluZWQpIHtcbiAgICAgIGlmIChob3BzLmxlbmd0aCA+PSBtYXhIb3BzKVxuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIG9rOiBmYWxzZSxcbiAgICAgICAgICBwcm9ibGVtOiBgJHt1cmx9IHJlZGlyZWN0cyBtb3JlIHRoYW4gJHttYXhIb3BzfSB0aW1lczogJHtbLi4uaG9wcywgY3VycmVudF0uam9pbignIFx1MjE5MiAnKX0uYFxuICAgICAgICB9XG4gICAgICBob3BzLnB1c2goY3VycmVudClcbiAgICAgIGNvbnN0IG1hcHBlZCA9XG4gICAgICAgIGZyYWdtZW50ID09PSB1bmRlZmluZWQgPyB1bmRlZmluZWQgOiBmYWN0cy5hbmNob3JzW2ZyYWdtZW50XVxuICAgICAgY29uc3QgdGFyZ2V0ID0gbmV3IFVSTChcbiAgICAgICAgbWFwcGVkID8/IGZhY3RzLnJlZnJlc2gsXG4gICAgICAgIGBodHRwOi8vc2l0ZSR7d2l0aEJhc2UoYmFzZSwgcGF0aCl9YFxuICAgICAgKVxuICAgICAgY29uc3Qga2VlcEZyYWdtZW50ID1cbiAgICAgICAgbWFwcGVkID09PSB1bmRlZmluZWQgJiYgdGFyZ2V0Lmhhc2ggPT09ICcnICYmIGZyYWdtZW50ICE9PSB1bmRlZmluZWRcbiAgICAgIC8vIEZvcndhcmRpbmcgcGFnZXMgbGluayB3aXRoIHRoZSBiYXNlOyB0aGUgc2l0ZSdzIHBhdGhzIGdvIHdpdGhvdXQuXG4gICAgICBjb25zdCB0YXJnZXRQYXRoID0gdGFyZ2V0LnBhdGhuYW1lLnN0YXJ0c1dpdGgoYmFzZSlcbiAgICAgICAgPyBgLyR7dGFyZ2V0LnBhdGhuYW1lLnNsaWNlKGJhc2UubGVuZ3RoKX1gXG4gICAgICAgIDogdGFyZ2V0LnBhdGhuYW1lXG4gICAgICBjdXJyZW50ID0gYCR7dGFyZ2V0UGF0aH0ke2tlZXBGcmFnbWVudCA/IGAjJHtmcmFnbWVudH1gIDogdGFyZ2V0Lmhhc2h9YFxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgaWYgKGZyYWdtZW50ICE9PSB1bmRlZmluZWQgJiYgIWZhY3RzLmlkcy5oYXMoZnJhZ21lbnQpKSB7XG4gICAgICByZXR1cm4ge1xuICAgICAgICBvazogZmFsc2UsXG4gICAgICAgIHByb2JsZW06IGAke3VybH0ke2hvcHMubGVuZ3RoID8gYCAodmlhICR7Wy4uLmhvcHMsIGN1cnJlbnRdLmpvaW4oJyBcdTIxOTIgJyl9KWAgOiAnJ306IHRoZSBwYWdlICR7cGF0aH0gaGFzIG5vIGFuY2hvciBcIiMke2ZyYWdtZW50fVwiLmBcbiAgICAgIH1cbiAgICB9XG4gICAgcmV0dXJuIHsgb2s6IHRydWUsIHVybDogY3VycmVudCwgaG9wcyB9XG4gIH1cbn1cblxuLyoqIFRoZSBwcm9ibGVtcyBvZiBldmVyeSByZWdpc3RlcmVkIFVSTCwgb25lIGxpbmUgZWFjaC4gKi9cbmV4cG9ydCBhc3luYyBmdW5jdGlvbiBwZXJtYWxpbmtQcm9ibGVtcyhcbiAgcmVnaXN0cnk6IFBlcm1hbGlua1JlZ2lzdHJ5LFxuICBsb2FkOiBMb2FkUGF0aCxcbiAgYmFzZSA9ICcvJ1xuKTogUHJvbWlzZTxzdHJpbmdbXT4ge1xuICBjb25zdCByZXN1bHRzID0gYXdhaXQgUHJvbWlzZS5hbGwoXG4gICAgcmVnaXN0cnkudXJscy5tYXAoKHVybCkgPT4gcmVzb2x2ZVBlcm1hbGluayh1cmwsIGxvYWQsIGJhc2UpKVxuICApXG4gIHJldHVybiByZXN1bHRzLmZsYXRNYXAoKHJlc3VsdCkgPT4gKHJlc3VsdC5vayA/IFtdIDogW3Jlc3VsdC5wcm9ibGVtXSkpXG59XG5cbi8qKlxuICogV2hhdCB0byBkbyBhYm91dCBhIHJlZ2lzdGVyZWQgVVJMIHRoYXQgaXMgbm8gbG9uZ2VyIHNlcnZlZDogYW4gYWxpYXMgZm9yXG4gKiBhbiBhbmNob3Igb3IgYSBzaG9ydCBsaW5rIChhIHJ1bGUgdGhhdCB3YXMgcmVuYW1lZCBvciByZW1vdmVkKSwgYSByZWRpcmVjdFxuICogZm9yIGEgcGFnZS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBlcm1hbGlua0ZpeCh1cmw6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IHsgcGF0aCwgZnJhZ21lbnQgfSA9IHNwbGl0RnJhZ21lbnQodXJsKVxuICBpZiAoZnJhZ21lbnQgIT09IHVuZGVmaW5lZClcbiAgICByZXR1cm4gYElmIFwiIyR7ZnJhZ21lbnR9XCIgd2FzIGEgcnVsZSdzIGlkLCBhZGQgaXQgdG8gdGhlIGFsaWFzZXMgb2YgdGhlIHJ1bGUgdGhhdCByZXBsYWNlcyBpdCAoYWxpYXNlczogJHtmcmFnbWVudH0pOyBpZiBpdCB3YXMgYSBoZWFkaW5nLCBnaXZlIGEgaGVhZGluZyB0aGF0IGlkIGFnYWluLmBcbiAgY29uc3Qgc2hvcnRMaW5rID0gL15cXC9yXFwvKFteL10rKSQvLmV4ZWMocGF0aCk/LlsxXVxuICBpZiAoc2hvcnRMaW5rICE9PSB1bmRlZmluZWQpXG4gICAgcmV0dXJuIC9eXFxkKyQvLnRlc3Qoc2hvcnRMaW5rKVxuICAgICAgPyBgTm8gcnVsZSBoYXMgdGhlIG51bWJlciAke3Nob3J0TGlua30gYW55IG1vcmU6IGFkZCAke3Nob3J0TGlua30gdG8gdGhlIGFsaWFzZXMgb2YgdGhlIHJ1bGUgdGhhdCByZXBsYWNlcyBpdC5gXG4gICAgICA6IGBBZGQgXCIke3Nob3J0TGlua31cIiB0byB0aGUgYWxpYXNlcyBvZiB0aGUgcnVsZSB0aGF0IHJlcGxhY2VzIGl0LmBcbiAgcmV0dXJuIGBSZXN0b3JlIHRoZSBwYWdlLCBvciBhZGQgYSByZWRpcmVjdCBmcm9tICR7cGF0aH0gdG8gdGhlIHBhZ2UgdGhhdCByZXBsYWNlcyBpdCBpbiAudml0ZXByZXNzL3JlZGlyZWN0cy50cy5gXG59XG5cbi8qKiBGYWlscyB0aGUgYnVpbGQgd2hlbiBhIHJlZ2lzdGVyZWQgVVJMIGlzIG5vIGxvbmdlciBzZXJ2ZWQuICovXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gY2hlY2tQZXJtYWxpbmtzKFxuICByZWdpc3RyeTogUGVybWFsaW5rUmVnaXN0cnksXG4gIGxvYWQ6IExvYWRQYXRoLFxuICBiYXNlID0gJy8nXG4pOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgcmVzdWx0cyA9IGF3YWl0IFByb21pc2UuYWxsKFxuICAgIHJlZ2lzdHJ5LnVybHMubWFwKGFzeW5jICh1cmwpID0+ICh7XG4gICAgICB1cmwsXG4gICAgICByZXN1bHQ6IGF3YWl0IHJlc29sdmVQZXJtYWxpbmsodXJsLCBsb2FkLCBiYXNlKVxuICAgIH0pKVxuICApXG4gIGNvbnN0IHByb2JsZW1zID0gcmVzdWx0cy5mbGF0TWFwKCh7IHVybCwgcmVzdWx0IH0pID0+XG4gICAgcmVzdWx0Lm9rID8gW10gOiBbYCR7cmVzdWx0LnByb2JsZW19ICR7cGVybWFsaW5rRml4KHVybCl9YF1cbiAgKVxuICBpZiAocHJvYmxlbXMubGVuZ3RoID4gMCkge1xuICAgIHRocm93IG5ldyBMaW5rRXJyb3IoXG4gICAgICBgJHtyZWdpc3RyeUZpbGV9OiAke3Byb2JsZW1zLmxlbmd0aCA9PT0gMSA/ICdhIHB1Ymxpc2hlZCBVUkwgaXMnIDogYCR7cHJvYmxlbXMubGVuZ3RofSBwdWJsaXNoZWQgVVJMcyBhcmVgfSBubyBsb25nZXIgc2VydmVkLiBQdWJsaXNoZWQgbGlua3MgbXVzdCBrZWVwIHdvcmtpbmcgKHNlZSAke3JlbW92YWxSZWNpcGV9KTpcXG4ke3Byb2JsZW1zLm1hcCgocHJvYmxlbSkgPT4gYCAgLSAke3Byb2JsZW19YCkuam9pbignXFxuJyl9YFxuICAgIClcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzL2xpbmstZXJyb3IudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9saW5rcy9saW5rLWVycm9yLnRzXCI7LyoqXG4gKiBBIG1pc3Rha2UgaW4gdGhlIHNpdGUncyBsaW5rcyAoc2hvcnQgbGlua3MsIHJlZGlyZWN0cywgdGhlIHBlcm1hbGlua1xuICogcmVnaXN0cnkpIHRoYXQgbXVzdCBmYWlsIHRoZSBidWlsZC4gVGhlIG1lc3NhZ2UgbmFtZXMgdGhlIGVudHJ5IGFuZCwgd2hlcmVcbiAqIHRoZXJlIGlzIG9uZSwgdGhlIGZpbGUgdG8gZml4LlxuICovXG5leHBvcnQgY2xhc3MgTGlua0Vycm9yIGV4dGVuZHMgRXJyb3Ige1xuICBjb25zdHJ1Y3RvcihtZXNzYWdlOiBzdHJpbmcpIHtcbiAgICBzdXBlcihtZXNzYWdlKVxuICAgIHRoaXMubmFtZSA9ICdMaW5rRXJyb3InXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9saW5rc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9saW5rcy9wYWdlLWZhY3RzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvbGlua3MvcGFnZS1mYWN0cy50c1wiOy8qKlxuICogV2hhdCBhIGxpbmstcHJldmlldyBib3Qgb3IgYSBsaW5rIGNoZWNrZXIgcmVhZHMgZnJvbSBhIHBhZ2UncyBIVE1MOiBpdHNcbiAqIGhlYWQgdGFncywgd2hlcmUgaXQgZm9yd2FyZHMgdG8sIGFuZCB0aGUgaWRzIGEgYCNmcmFnbWVudGAgY2FuIGxhbmQgb24uXG4gKiBQYXJzZWQgd2l0aCBoYXBweS1kb20sIHdoaWNoIHJ1bnMgbm8gc2NyaXB0cywgbGlrZSBhIGJvdC5cbiAqL1xuaW1wb3J0IHsgV2luZG93IH0gZnJvbSAnaGFwcHktZG9tJ1xuXG5leHBvcnQgaW50ZXJmYWNlIFBhZ2VGYWN0cyB7XG4gIGxhbmc/OiBzdHJpbmdcbiAgdGl0bGU6IHN0cmluZ1xuICAvKiogYDxtZXRhPmAgY29udGVudCBieSBgbmFtZWAgb3IgYHByb3BlcnR5YCwgZmlyc3Qgb2NjdXJyZW5jZS4gKi9cbiAgbWV0YTogUmVjb3JkPHN0cmluZywgc3RyaW5nPlxuICBjYW5vbmljYWw/OiBzdHJpbmdcbiAgLyoqIFRoZSBtZXRhIHJlZnJlc2gncyBVUkwsIHdoZW4gdGhlIHBhZ2UgZm9yd2FyZHMgdGhlIHJlYWRlci4gKi9cbiAgcmVmcmVzaD86IHN0cmluZ1xuICAvKiogQSBmb3J3YXJkaW5nIHBhZ2UncyBvbGQgYW5jaG9ycyBhbmQgd2hlcmUgZWFjaCBub3cgbGl2ZXMuICovXG4gIGFuY2hvcnM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz5cbiAgLyoqIEV2ZXJ5IGVsZW1lbnQgaWQgb24gdGhlIHBhZ2UuICovXG4gIGlkczogU2V0PHN0cmluZz5cbiAgLyoqIEV2ZXJ5IGxpbmsgaW4gdGhlIGJvZHkuICovXG4gIGxpbmtzOiB7IGhyZWY6IHN0cmluZzsgdGV4dDogc3RyaW5nIH1bXVxufVxuXG5jb25zdCB3aW5kb3cgPSBuZXcgV2luZG93KClcblxuLyoqIGAwOyB1cmw9L3NsYWNrLXJ1bGVzI3hgIFx1MjE5MiBgL3NsYWNrLXJ1bGVzI3hgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHJlZnJlc2hVcmwoY29udGVudDogc3RyaW5nKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIC9eXFxzKlxcZCtcXHMqWzssXVxccyp1cmxcXHMqPVxccypbJ1wiXT8oW14nXCJdKylbJ1wiXT9cXHMqJC9pLmV4ZWMoY29udGVudCk/LlsxXVxufVxuXG5leHBvcnQgZnVuY3Rpb24gcmVhZFBhZ2VGYWN0cyhodG1sOiBzdHJpbmcpOiBQYWdlRmFjdHMge1xuICBjb25zdCBkb2N1bWVudCA9IG5ldyB3aW5kb3cuRE9NUGFyc2VyKCkucGFyc2VGcm9tU3RyaW5nKGh0bWwsICd0ZXh0L2h0bWwnKVxuICBjb25zdCBtZXRhOiBSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+ID0ge31cbiAgbGV0IHJlZnJlc2g6IHN0cmluZyB8IHVuZGVmaW5lZFxuICBmb3IgKGNvbnN0IGVsZW1lbnQgb2YgZG9jdW1lbnQucXVlcnlTZWxlY3RvckFsbCgnbWV0YScpKSB7XG4gICAgY29uc3Qga2V5ID0gZWxlbWVudC5nZXRBdHRyaWJ1dGUoJ25hbWUnKSA/PyBlbGVtZW50LmdldEF0dHJpYnV0ZSgncHJvcGVydHknKVxuICAgIGNvbnN0IGNvbnRlbnQgPSBlbGVtZW50LmdldEF0dHJpYnV0ZSgnY29udGVudCcpID8/ICcnXG4gICAgaWYgKGtleSAmJiAhKGtleSBpbiBtZXRhKSkgbWV0YVtrZXldID0gY29udGVudFxuICAgIGlmIChlbGVtZW50LmdldEF0dHJpYnV0ZSgnaHR0cC1lcXVpdicpPy50b0xvd2VyQ2FzZSgpID09PSAncmVmcmVzaCcpXG4gICAgICByZWZyZXNoID0gcmVmcmVzaFVybChjb250ZW50KVxuICB9XG4gIGNvbnN0IGFuY2hvcnNBdHRyaWJ1dGUgPVxuICAgIGRvY3VtZW50LmRvY3VtZW50RWxlbWVudC5nZXRBdHRyaWJ1dGUoJ2RhdGEtYW5jaG9ycycpID8/ICd7fSdcbiAgcmV0dXJuIHtcbiAgICBsYW5nOiBkb2N1bWVudC5kb2N1bWVudEVsZW1lbnQuZ2V0QXR0cmlidXRlKCdsYW5nJykgPz8gdW5kZWZpbmVkLFxuICAgIHRpdGxlOiBkb2N1bWVudC50aXRsZSxcbiAgICBtZXRhLFxuICAgIGNhbm9uaWNhbDpcbiAgICAgIGRvY3VtZW50LnF1ZXJ5U2VsZWN0b3IoJ2xpbmtbcmVsPVwiY2Fub25pY2FsXCJdJyk/LmdldEF0dHJpYnV0ZSgnaHJlZicpID8/XG4gICAgICB1bmRlZmluZWQsXG4gICAgcmVmcmVzaCxcbiAgICBhbmNob3JzOiBKU09OLnBhcnNlKGFuY2hvcnNBdHRyaWJ1dGUpIGFzIFJlY29yZDxzdHJpbmcsIHN0cmluZz4sXG4gICAgaWRzOiBuZXcgU2V0KFxuICAgICAgWy4uLmRvY3VtZW50LnF1ZXJ5U2VsZWN0b3JBbGwoJ1tpZF0nKV0ubWFwKChlbGVtZW50KSA9PiBlbGVtZW50LmlkKVxuICAgICksXG4gICAgbGlua3M6IFsuLi5kb2N1bWVudC5xdWVyeVNlbGVjdG9yQWxsKCdib2R5IGFbaHJlZl0nKV0ubWFwKChlbGVtZW50KSA9PiAoe1xuICAgICAgaHJlZjogZWxlbWVudC5nZXRBdHRyaWJ1dGUoJ2hyZWYnKSA/PyAnJyxcbiAgICAgIHRleHQ6IChlbGVtZW50LnRleHRDb250ZW50ID8/ICcnKS50cmltKClcbiAgICB9KSlcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzL3Nob3J0LWxpbmtzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvbGlua3Mvc2hvcnQtbGlua3MudHNcIjsvKipcbiAqIFNob3J0IGxpbmtzOiBgL3IvPG51bWJlcj5gLCBgL3IvPGlkPmAgYW5kIGAvci88YWxpYXM+YCBmb3IgZXZlcnkgU2xhY2sgcnVsZS5cbiAqXG4gKiBTbGFjayBkcm9wcyB0aGUgYCNmcmFnbWVudGAgd2hlbiBpdCB1bmZ1cmxzIGAvc2xhY2stcnVsZXMjdXNlLXRocmVhZHNgLCBzb1xuICogdGhlIHByZXZpZXcgc2hvd3MgdGhlIHdob2xlIHBhZ2UuIEEgc2hvcnQgbGluayBpcyBhIHBhZ2Ugb2YgaXRzIG93biwgd2l0aFxuICogdGhlIHJ1bGUncyB0aXRsZSBhbmQgc3VtbWFyeSBpbiBpdHMgaGVhZCwgdGhhdCB0aGVuIHNlbmRzIHRoZSByZWFkZXIgb24gdG9cbiAqIHRoZSBydWxlLiBFYWNoIGlzIGJ1aWx0IGZyb20gdGhlIHJ1bGVzIHRoYXQgYGxvYWRSdWxlcygpYCByZWFkcyBmcm9tXG4gKiBgZG9jcy9zbGFjay1ydWxlcy5tZGAsIHRoZSBzYW1lIHNvdXJjZSBhcyB0aGUgcnVsZSBjYXJkcy5cbiAqL1xuaW1wb3J0IHR5cGUgeyBSdWxlIH0gZnJvbSAnLi4vcnVsZXMvcnVsZSdcbmltcG9ydCB7IExpbmtFcnJvciB9IGZyb20gJy4vbGluay1lcnJvcidcblxuLyoqIFRoZSBmb2xkZXIgc2hvcnQgbGlua3MgbGl2ZSBpbi4gKi9cbmV4cG9ydCBjb25zdCBzaG9ydExpbmtGb2xkZXIgPSAnL3IvJ1xuXG4vKiogSG93IHRoZSBzaG9ydCBsaW5rIG5hbWVzIGl0cyBydWxlLiAqL1xuZXhwb3J0IHR5cGUgU2hvcnRMaW5rS2luZCA9ICdudW1iZXInIHwgJ2lkJyB8ICdhbGlhcydcblxuZXhwb3J0IGludGVyZmFjZSBTaG9ydExpbmsge1xuICAvKiogU2l0ZSBwYXRoLCBzdWNoIGFzIGAvci91c2UtdGhyZWFkc2AuICovXG4gIHBhdGg6IHN0cmluZ1xuICBydWxlOiBSdWxlXG4gIGtpbmQ6IFNob3J0TGlua0tpbmRcbn1cblxuLyoqIFRoZSBwYXRoIG9mIGEgc2hvcnQgbGluazogYC9yLzJgLCBgL3IvdXNlLXRocmVhZHNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNob3J0TGlua1BhdGgoc2x1Zzogc3RyaW5nIHwgbnVtYmVyKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3Nob3J0TGlua0ZvbGRlcn0ke3NsdWd9YFxufVxuXG4vKiogVGhlIHBhZ2UgZXZlcnkgc2hvcnQgbGluayBvZiBhIHJ1bGUgbGVhZHMgdG8uICovXG5leHBvcnQgZnVuY3Rpb24gcnVsZVBhZ2VVcmwoXG4gIHJ1bGU6IFJ1bGUsXG4gIHJ1bGVzUGFnZVBhdGggPSAnL3NsYWNrLXJ1bGVzJ1xuKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke3J1bGVzUGFnZVBhdGh9IyR7cnVsZS5pZH1gXG59XG5cbi8qKlxuICogVGhlIHNob3J0IGxpbmsgdG8gdXNlIGluIG1lc3NhZ2VzIHRoYXQgbGFzdCwgc3VjaCBhcyBhIHBpbm5lZCB3ZWxjb21lXG4gKiBtZXNzYWdlOiB0aGUgaWQsIGJlY2F1c2UgYSBydWxlJ3MgbnVtYmVyIGNoYW5nZXMgd2hlbiBydWxlcyBhcmUgcmVvcmRlcmVkXG4gKiBhbmQgaXRzIGlkIG5ldmVyIGRvZXMuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBwZXJtYW5lbnRTaG9ydExpbmsocnVsZTogUnVsZSk6IHN0cmluZyB7XG4gIHJldHVybiBzaG9ydExpbmtQYXRoKHJ1bGUuaWQpXG59XG5cbmZ1bmN0aW9uIGRlc2NyaWJlKGxpbms6IFNob3J0TGluaywgc2x1Zzogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3Qgd2hhdCA9XG4gICAgbGluay5raW5kID09PSAnbnVtYmVyJ1xuICAgICAgPyAnaXRzIG51bWJlcidcbiAgICAgIDogbGluay5raW5kID09PSAnaWQnXG4gICAgICAgID8gJ2l0cyBpZCdcbiAgICAgICAgOiBgaXRzIGFsaWFzIFwiJHtzbHVnfVwiYFxuICByZXR1cm4gYHRoZSBydWxlIFwiJHtsaW5rLnJ1bGUuaWR9XCIgKCR7d2hhdH0sICR7bGluay5ydWxlLnNvdXJjZX0pYFxufVxuXG4vKipcbiAqIEV2ZXJ5IHNob3J0IGxpbmssIGluIHJ1bGUgb3JkZXIuIFRocm93cyBhIGBMaW5rRXJyb3JgIG5hbWluZyBib3RoIHJ1bGVzXG4gKiB3aGVuIHR3byBydWxlcyBjbGFpbSB0aGUgc2FtZSBsaW5rOiBmb3IgZXhhbXBsZSBhbiBhbGlhcyBcIjNcIiBvbiBvbmUgcnVsZVxuICogYW5kIHRoZSBudW1iZXIgMyBvZiBhbm90aGVyLiAoVGhlIHJ1bGUgcGFyc2VyIGFscmVhZHkgcmVmdXNlcyB0d28gcnVsZXNcbiAqIHdpdGggdGhlIHNhbWUgaWQsIGFsaWFzIG9yIG51bWJlci4pXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzaG9ydExpbmtzKHJ1bGVzOiByZWFkb25seSBSdWxlW10pOiBTaG9ydExpbmtbXSB7XG4gIGNvbnN0IGJ5UGF0aCA9IG5ldyBNYXA8c3RyaW5nLCBTaG9ydExpbms+KClcbiAgZm9yIChjb25zdCBydWxlIG9mIHJ1bGVzKSB7XG4gICAgY29uc3QgY2xhaW1zOiBbc3RyaW5nLCBTaG9ydExpbmtLaW5kXVtdID0gW1xuICAgICAgW1N0cmluZyhydWxlLm51bWJlciksICdudW1iZXInXSxcbiAgICAgIFtydWxlLmlkLCAnaWQnXSxcbiAgICAgIC4uLnJ1bGUuYWxpYXNlcy5tYXAoKGFsaWFzKTogW3N0cmluZywgU2hvcnRMaW5rS2luZF0gPT4gW2FsaWFzLCAnYWxpYXMnXSlcbiAgICBdXG4gICAgZm9yIChjb25zdCBbc2x1Zywga2luZF0gb2YgY2xhaW1zKSB7XG4gICAgICBjb25zdCBsaW5rOiBTaG9ydExpbmsgPSB7IHBhdGg6IHNob3J0TGlua1BhdGgoc2x1ZyksIHJ1bGUsIGtpbmQgfVxuICAgICAgY29uc3QgZmlyc3QgPSBieVBhdGguZ2V0KGxpbmsucGF0aClcbiAgICAgIC8vIFRoZSBzYW1lIHJ1bGUgbmFtaW5nIGl0c2VsZiB0d2ljZSAoYWxpYXMgXCIyXCIgb24gcnVsZSAyKSBpcyBoYXJtbGVzcy5cbiAgICAgIGlmIChmaXJzdD8ucnVsZS5pZCA9PT0gcnVsZS5pZCkgY29udGludWVcbiAgICAgIGlmIChmaXJzdCkge1xuICAgICAgICB0aHJvdyBuZXcgTGlua0Vycm9yKFxuICAgICAgICAgIGBUaGUgc2hvcnQgbGluayAke2xpbmsucGF0aH0gaXMgY2xhaW1lZCB0d2ljZTogYnkgJHtkZXNjcmliZShmaXJzdCwgc2x1Zyl9IGFuZCBieSAke2Rlc2NyaWJlKGxpbmssIHNsdWcpfS4gQ2hhbmdlIG9yIHJlbW92ZSBvbmUgb2YgdGhlbSwgc28gdGhhdCBlYWNoIHNob3J0IGxpbmsgbGVhZHMgdG8gb25lIHJ1bGUuYFxuICAgICAgICApXG4gICAgICB9XG4gICAgICBieVBhdGguc2V0KGxpbmsucGF0aCwgbGluaylcbiAgICB9XG4gIH1cbiAgcmV0dXJuIFsuLi5ieVBhdGgudmFsdWVzKCldXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvbGlua3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvbGlua3MvcHVibGlzaC1saW5rcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzL3B1Ymxpc2gtbGlua3MudHNcIjsvKipcbiAqIFRoZSBidWlsZCdzIGxhc3Qgc3RlcCAoYGJ1aWxkRW5kYCk6IHdyaXRlcyB0aGUgcGFnZXMgYW5kIGZpbGVzIHRoYXQga2VlcFxuICogbGlua3Mgd29ya2luZyBhbmQgbGV0IFNsYWNrIHByZXZpZXcgdGhlbSwgdGhlbiBjaGVja3MgdGhhdCBldmVyeSBVUkwgaW5cbiAqIHRoZSBwZXJtYWxpbmsgcmVnaXN0cnkgaXMgc3RpbGwgc2VydmVkLlxuICpcbiAqIC0gYC9yLzxudW1iZXI+YCwgYC9yLzxpZD5gLCBgL3IvPGFsaWFzPmA6IGEgc2hvcnQgbGluayBwYWdlIHBlciBydWxlO1xuICogLSBhIHJlZGlyZWN0IHBhZ2UgYXQgZWFjaCBvbGQgcGF0aCwgYW5kIGBfcmVkaXJlY3RzYCBmb3IgaG9zdHMgdGhhdCByZWFkIGl0O1xuICogLSBgL3J1bGVzLmpzb25gIGFuZCBgL3NsYWNrL3dlbGNvbWUuanNvbmAgZm9yIGJvdHM7XG4gKiAtIGByb2JvdHMudHh0YCwgcG9pbnRpbmcgYXQgdGhlIHNpdGVtYXAuXG4gKi9cbmltcG9ydCB7IGV4aXN0c1N5bmMsIG1rZGlyU3luYywgcmVhZEZpbGVTeW5jLCB3cml0ZUZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcydcbmltcG9ydCB7IGRpcm5hbWUsIGpvaW4gfSBmcm9tICdub2RlOnBhdGgnXG5pbXBvcnQgdHlwZSB7IFNpdGVDb25maWcgfSBmcm9tICd2aXRlcHJlc3MnXG5pbXBvcnQgdHlwZSB7IENvbW11bml0eSB9IGZyb20gJy4uL2NvbW11bml0eS90eXBlcydcbmltcG9ydCB0eXBlIHsgTGlua1ByZXZpZXcgfSBmcm9tICcuLi9wcmV2aWV3cy9saW5rLXByZXZpZXcnXG5pbXBvcnQgeyBzaXRlVGl0bGUsIHNvY2lhbEltYWdlIH0gZnJvbSAnLi4vcHJldmlld3MvcGFnZS1wcmV2aWV3J1xuaW1wb3J0IHsgcnVsZVNvY2lhbENhcmQgfSBmcm9tICcuLi9wcmV2aWV3cy9zb2NpYWwtY2FyZHMnXG5pbXBvcnQgdHlwZSB7IFJ1bGUgfSBmcm9tICcuLi9ydWxlcy9ydWxlJ1xuaW1wb3J0IHtcbiAgY2hlY2tlZFdlbGNvbWVNZXNzYWdlLFxuICB3ZWxjb21lTWVzc2FnZVBheWxvYWRcbn0gZnJvbSAnLi4vc2xhY2svd2VsY29tZS1tZXNzYWdlJ1xuaW1wb3J0IHsgZm9yd2FyZGluZ1BhZ2VIdG1sLCB0eXBlIEZvcndhcmRpbmdQYWdlIH0gZnJvbSAnLi9mb3J3YXJkaW5nLXBhZ2UnXG5pbXBvcnQgeyBMaW5rRXJyb3IgfSBmcm9tICcuL2xpbmstZXJyb3InXG5pbXBvcnQgeyBhYnNvbHV0ZVVybCwgb3V0cHV0RmlsZSwgcGFnZVBhdGgsIHdpdGhCYXNlIH0gZnJvbSAnLi9wYXRocydcbmltcG9ydCB7XG4gIGNoZWNrUGVybWFsaW5rcyxcbiAgdHlwZSBMb2FkUGF0aCxcbiAgdHlwZSBQZXJtYWxpbmtSZWdpc3RyeVxufSBmcm9tICcuL3Blcm1hbGlua3MnXG5pbXBvcnQgeyBjaGVja1JlZGlyZWN0cywgcmVkaXJlY3RzRmlsZSwgdHlwZSBSZWRpcmVjdCB9IGZyb20gJy4vcmVkaXJlY3QtY2hlY2snXG5pbXBvcnQgeyBydWxlc0pzb24gfSBmcm9tICcuL3J1bGVzLWpzb24nXG5pbXBvcnQge1xuICBwZXJtYW5lbnRTaG9ydExpbmssXG4gIHJ1bGVQYWdlVXJsLFxuICBzaG9ydExpbmtzLFxuICB0eXBlIFNob3J0TGlua1xufSBmcm9tICcuL3Nob3J0LWxpbmtzJ1xuXG5leHBvcnQgaW50ZXJmYWNlIFB1Ymxpc2hMaW5rc0lucHV0IHtcbiAgc2l0ZUNvbmZpZzogU2l0ZUNvbmZpZ1xuICBjb21tdW5pdHk6IENvbW11bml0eVxuICBydWxlczogcmVhZG9ubHkgUnVsZVtdXG4gIHJlZGlyZWN0czogcmVhZG9ubHkgUmVkaXJlY3RbXVxuICByZWdpc3RyeTogUGVybWFsaW5rUmVnaXN0cnlcbiAgc2l0ZVVybDogc3RyaW5nXG4gIC8qKiBUaGUgdGl0bGUgb2YgdGhlIHBhZ2UgdGhhdCBob2xkcyB0aGUgcnVsZXMsIGZyb20gaXRzIGZyb250bWF0dGVyLiAqL1xuICBydWxlc1RpdGxlOiBzdHJpbmdcbiAgLyoqIEVhY2ggcmVuZGVyZWQgcGFnZSdzIGxpbmsgcHJldmlldywgYnkgcGFnZSBwYXRoIChmcm9tIGB0cmFuc2Zvcm1IZWFkYCkuICovXG4gIHBhZ2VQcmV2aWV3czogUmVhZG9ubHlNYXA8c3RyaW5nLCBMaW5rUHJldmlldz5cbn1cblxuLyoqIFRoZSBzaXRlJ3MgcGFnZSBwYXRocywgc3VjaCBhcyBgL2AgYW5kIGAvc2xhY2stcnVsZXNgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNpdGVQYWdlUGF0aHMoc2l0ZUNvbmZpZzogU2l0ZUNvbmZpZyk6IHN0cmluZ1tdIHtcbiAgcmV0dXJuIHNpdGVDb25maWcucGFnZXMubWFwKChwYWdlKSA9PlxuICAgIHBhZ2VQYXRoKHNpdGVDb25maWcucmV3cml0ZXMubWFwW3BhZ2VdID8/IHBhZ2UpXG4gIClcbn1cblxuLyoqIFRoZSBmb3J3YXJkaW5nIHBhZ2Ugb2YgYSBzaG9ydCBsaW5rLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNob3J0TGlua1BhZ2UoXG4gIGxpbms6IFNob3J0TGluayxcbiAgaW5wdXQ6IFBpY2s8UHVibGlzaExpbmtzSW5wdXQsICdjb21tdW5pdHknIHwgJ3NpdGVVcmwnIHwgJ3J1bGVzVGl0bGUnPiAmIHtcbiAgICBiYXNlOiBzdHJpbmdcbiAgfVxuKTogRm9yd2FyZGluZ1BhZ2Uge1xuICBjb25zdCB7IHJ1bGUgfSA9IGxpbmtcbiAgY29uc3QgeyBjb21tdW5pdHksIHNpdGVVcmwsIHJ1bGVzVGl0bGUgfSA9IGlucHV0XG4gIGNvbnN0IHJ1bGVUaXRsZSA9IGBSdWxlICR7cnVsZS5udW1iZXJ9OiAke3J1bGUudGl0bGV9YFxuICByZXR1cm4ge1xuICAgIGhyZWY6IHdpdGhCYXNlKGlucHV0LmJhc2UsIHJ1bGVQYWdlVXJsKHJ1bGUpKSxcbiAgICBwcmV2aWV3OiB7XG4gICAgICB0aXRsZTogcnVsZVRpdGxlLFxuICAgICAgZG9jdW1lbnRUaXRsZTogYCR7cnVsZVRpdGxlfSB8ICR7c2l0ZVRpdGxlKGNvbW11bml0eSl9YCxcbiAgICAgIGRlc2NyaXB0aW9uOiBydWxlLnN1bW1hcnksXG4gICAgICAvLyBFdmVyeSBzaG9ydCBsaW5rIG9mIGEgcnVsZSBuYW1lcyB0aGUgaWQgbGluayBhcyBpdHMgVVJMOiBhIGJvdCB0aGF0XG4gICAgICAvLyByZS1mZXRjaGVzIG9nOnVybCBzdGlsbCBnZXRzIHRoaXMgcnVsZSdzIHByZXZpZXcsIG5vdCB0aGUgd2hvbGUgcGFnZS5cbiAgICAgIHVybDogYWJzb2x1dGVVcmwoc2l0ZVVybCwgcGVybWFuZW50U2hvcnRMaW5rKHJ1bGUpKSxcbiAgICAgIGNhbm9uaWNhbDogYWJzb2x1dGVVcmwoc2l0ZVVybCwgcnVsZVBhZ2VVcmwocnVsZSkpLFxuICAgICAgc2l0ZU5hbWU6IHNpdGVUaXRsZShjb21tdW5pdHkpLFxuICAgICAgbGFuZzogY29tbXVuaXR5LmxhbmcsXG4gICAgICBpbWFnZTogc29jaWFsSW1hZ2UocnVsZVNvY2lhbENhcmQocnVsZSwgY29tbXVuaXR5LCBydWxlc1RpdGxlKSwgc2l0ZVVybClcbiAgICB9LFxuICAgIGV5ZWJyb3c6IGAke3J1bGVzVGl0bGV9IFx1MDBCNyBSdWxlICR7cnVsZS5udW1iZXJ9YCxcbiAgICBoZWFkaW5nOiBydWxlLnRpdGxlLFxuICAgIHRleHQ6IHJ1bGUuc3VtbWFyeSxcbiAgICBsaW5rVGV4dDogYFJlYWQgcnVsZSAke3J1bGUubnVtYmVyfSBvbiB0aGUgJHtydWxlc1RpdGxlfSBwYWdlYFxuICB9XG59XG5cbi8qKiBUaGUgZm9yd2FyZGluZyBwYWdlIG9mIGEgcmVkaXJlY3QsIHByZXZpZXdlZCBhcyB0aGUgcGFnZSBpdCBsZWFkcyB0by4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWRpcmVjdFBhZ2UoXG4gIHJlZGlyZWN0OiBSZWRpcmVjdCxcbiAgZmluYWxQYWdlOiBzdHJpbmcsXG4gIGlucHV0OiBQaWNrPFB1Ymxpc2hMaW5rc0lucHV0LCAnc2l0ZVVybCcgfCAncGFnZVByZXZpZXdzJz4gJiB7XG4gICAgYmFzZTogc3RyaW5nXG4gIH1cbik6IEZvcndhcmRpbmdQYWdlIHtcbiAgY29uc3QgdGFyZ2V0ID0gaW5wdXQucGFnZVByZXZpZXdzLmdldChmaW5hbFBhZ2UpXG4gIGlmICghdGFyZ2V0KSB7XG4gICAgdGhyb3cgbmV3IExpbmtFcnJvcihcbiAgICAgIGBUaGUgcmVkaXJlY3QgZnJvbSBcIiR7cmVkaXJlY3QuZnJvbX1cIiBsZWFkcyB0byAke2ZpbmFsUGFnZX0sIHdoaWNoIGhhcyBubyBsaW5rIHByZXZpZXcuYFxuICAgIClcbiAgfVxuICBjb25zdCBhbmNob3JzID0gT2JqZWN0LmZyb21FbnRyaWVzKFxuICAgIE9iamVjdC5lbnRyaWVzKHJlZGlyZWN0LmFuY2hvcnMgPz8ge30pLm1hcCgoW2FuY2hvciwgdG9dKSA9PiBbXG4gICAgICBhbmNob3IsXG4gICAgICB3aXRoQmFzZShpbnB1dC5iYXNlLCB0bylcbiAgICBdKVxuICApXG4gIHJldHVybiB7XG4gICAgaHJlZjogd2l0aEJhc2UoaW5wdXQuYmFzZSwgcmVkaXJlY3QudG8pLFxuICAgIGFuY2hvcnMsXG4gICAgcHJldmlldzoge1xuICAgICAgLi4udGFyZ2V0LFxuICAgICAgZG9jdW1lbnRUaXRsZTogYE1vdmVkOiAke3RhcmdldC5kb2N1bWVudFRpdGxlID8/IHRhcmdldC50aXRsZX1gXG4gICAgfSxcbiAgICBoZWFkaW5nOiAnVGhpcyBwYWdlIGhhcyBtb3ZlZCcsXG4gICAgdGV4dDogYCR7dGFyZ2V0LnRpdGxlfSBub3cgbGl2ZXMgYXQgJHthYnNvbHV0ZVVybChpbnB1dC5zaXRlVXJsLCByZWRpcmVjdC50byl9LmAsXG4gICAgbGlua1RleHQ6IGBHbyB0byAke3RhcmdldC50aXRsZX1gXG4gIH1cbn1cblxuZnVuY3Rpb24gd3JpdGVPdXRwdXQob3V0RGlyOiBzdHJpbmcsIHBhdGg6IHN0cmluZywgY29udGVudDogc3RyaW5nKTogdm9pZCB7XG4gIGNvbnN0IGZpbGUgPSBqb2luKG91dERpciwgb3V0cHV0RmlsZShwYXRoKSlcbiAgbWtkaXJTeW5jKGRpcm5hbWUoZmlsZSksIHsgcmVjdXJzaXZlOiB0cnVlIH0pXG4gIHdyaXRlRmlsZVN5bmMoZmlsZSwgY29udGVudClcbn1cblxuLyoqIFJlYWRzIGEgcGF0aCBmcm9tIHRoZSBidWlsdCBmaWxlcywgYXMgYSBzdGF0aWMgaG9zdCB3b3VsZCBzZXJ2ZSBpdC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBidWlsdEZpbGVMb2FkZXIob3V0RGlyOiBzdHJpbmcpOiBMb2FkUGF0aCB7XG4gIHJldHVybiBhc3luYyAocGF0aCkgPT4ge1xuICAgIGNvbnN0IGZpbGUgPSBqb2luKG91dERpciwgb3V0cHV0RmlsZShwYXRoKSlcbiAgICByZXR1cm4gZXhpc3RzU3luYyhmaWxlKSA/IHJlYWRGaWxlU3luYyhmaWxlLCAndXRmOCcpIDogdW5kZWZpbmVkXG4gIH1cbn1cblxuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHB1Ymxpc2hMaW5rcyhpbnB1dDogUHVibGlzaExpbmtzSW5wdXQpOiBQcm9taXNlPHZvaWQ+IHtcbiAgY29uc3QgeyBzaXRlQ29uZmlnLCBjb21tdW5pdHksIHJ1bGVzLCBzaXRlVXJsIH0gPSBpbnB1dFxuICBjb25zdCB7IG91dERpciB9ID0gc2l0ZUNvbmZpZ1xuICBjb25zdCBiYXNlID0gc2l0ZUNvbmZpZy5zaXRlLmJhc2VcbiAgY29uc3QgcGFnZXMgPSBzaXRlUGFnZVBhdGhzKHNpdGVDb25maWcpXG5cbiAgY29uc3QgbGlua3MgPSBzaG9ydExpbmtzKHJ1bGVzKVxuICBmb3IgKGNvbnN0IGxpbmsgb2YgbGlua3MpIHtcbiAgICBpZiAocGFnZXMuaW5jbHVkZXMobGluay5wYXRoKSlcbiAgICAgIHRocm93IG5ldyBMaW5rRXJyb3IoXG4gICAgICAgIGBUaGUgc2hvcnQgbGluayAke2xpbmsucGF0aH0gb2YgdGhlIHJ1bGUgXCIke2xpbmsucnVsZS5pZH1cIiAoJHtsaW5rLnJ1bGUuc291cmNlfSkgaGlkZXMgdGhlIHBhZ2UgJHtsaW5rLnBhdGh9LiBSZW5hbWUgdGhlIHBhZ2UuYFxuICAgICAgKVxuICB9XG4gIGNvbnN0IGNoZWNrZWRSZWRpcmVjdHMgPSBjaGVja1JlZGlyZWN0cyhpbnB1dC5yZWRpcmVjdHMsIHtcbiAgICBwYWdlcyxcbiAgICBnZW5lcmF0ZWQ6IGxpbmtzLm1hcCgobGluaykgPT4gbGluay5wYXRoKVxuICB9KVxuXG4gIGNvbnN0IGNvbnRleHQgPSB7IC4uLmlucHV0LCBiYXNlIH1cbiAgZm9yIChjb25zdCBsaW5rIG9mIGxpbmtzKVxuICAgIHdyaXRlT3V0cHV0KFxuICAgICAgb3V0RGlyLFxuICAgICAgbGluay5wYXRoLFxuICAgICAgZm9yd2FyZGluZ1BhZ2VIdG1sKHNob3J0TGlua1BhZ2UobGluaywgY29udGV4dCkpXG4gICAgKVxuICBmb3IgKGNvbnN0IHsgcmVkaXJlY3QsIGZpbmFsUGFnZSB9IG9mIGNoZWNrZWRSZWRpcmVjdHMpIHtcbiAgICBjb25zdCBwYWdlID0gcmVkaXJlY3RQYWdlKHJlZGlyZWN0LCBmaW5hbFBhZ2UsIGNvbnRleHQpXG4gICAgd3JpdGVPdXRwdXQob3V0RGlyLCByZWRpcmVjdC5mcm9tLCBmb3J3YXJkaW5nUGFnZUh0bWwocGFnZSkpXG4gIH1cblxuICB3cml0ZUZpbGVTeW5jKGpvaW4ob3V0RGlyLCAnX3JlZGlyZWN0cycpLCByZWRpcmVjdHNGaWxlKGlucHV0LnJlZGlyZWN0cykpXG4gIHdyaXRlRmlsZVN5bmMoXG4gICAgam9pbihvdXREaXIsICdyb2JvdHMudHh0JyksXG4gICAgYFVzZXItYWdlbnQ6ICpcXG5BbGxvdzogL1xcblxcblNpdGVtYXA6ICR7YWJzb2x1dGVVcmwoc2l0ZVVybCwgJy9zaXRlbWFwLnhtbCcpfVxcbmBcbiAgKVxuICB3cml0ZU91dHB1dChcbiAgICBvdXREaXIsXG4gICAgJy9ydWxlcy5qc29uJyxcbiAgICBgJHtKU09OLnN0cmluZ2lmeShydWxlc0pzb24ocnVsZXMsIHNpdGVVcmwpLCBudWxsLCAyKX1cXG5gXG4gIClcbiAgY29uc3Qgd2VsY29tZSA9IGNoZWNrZWRXZWxjb21lTWVzc2FnZSh7IGNvbW11bml0eSwgcnVsZXMsIHNpdGVVcmwgfSlcbiAgd3JpdGVPdXRwdXQoXG4gICAgb3V0RGlyLFxuICAgICcvc2xhY2svd2VsY29tZS5qc29uJyxcbiAgICBgJHtKU09OLnN0cmluZ2lmeSh3ZWxjb21lTWVzc2FnZVBheWxvYWQod2VsY29tZSksIG51bGwsIDIpfVxcbmBcbiAgKVxuXG4gIGF3YWl0IGNoZWNrUGVybWFsaW5rcyhpbnB1dC5yZWdpc3RyeSwgYnVpbHRGaWxlTG9hZGVyKG91dERpciksIGJhc2UpXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcHJldmlld3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcHJldmlld3MvcGFnZS10ZXh0LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcHJldmlld3MvcGFnZS10ZXh0LnRzXCI7LyoqXG4gKiBUZXh0IHJlYWQgZnJvbSBhIHBhZ2UncyBNYXJrZG93biB3aXRob3V0IGJ1aWxkaW5nIHRoZSBzaXRlOiBpdHMgdGl0bGUgKGZvclxuICogaXRzIHNvY2lhbCBjYXJkKSBhbmQsIHdoZW4gaXRzIGZyb250bWF0dGVyIGhhcyBubyBkZXNjcmlwdGlvbiwgdGhlIGZpcnN0XG4gKiBwYXJhZ3JhcGggKGZvciBsaW5rIHByZXZpZXdzKS5cbiAqL1xuaW1wb3J0IE1hcmtkb3duSXQgZnJvbSAnbWFya2Rvd24taXQnXG5pbXBvcnQgdHlwZSBUb2tlbiBmcm9tICdtYXJrZG93bi1pdC9saWIvdG9rZW4ubWpzJ1xuaW1wb3J0IHsgcmVhZFBhZ2UgfSBmcm9tICcuLi9jb250ZW50L2Zyb250bWF0dGVyJ1xuaW1wb3J0IHsgcnVsZUNvbnRhaW5lclBsdWdpbiB9IGZyb20gJy4uL3BsdWdpbnMvcnVsZS1jb250YWluZXInXG5cbi8qKiBMaW5rIHByZXZpZXdzIGN1dCBkZXNjcmlwdGlvbnMgYXQgYWJvdXQgdGhpcyBsZW5ndGg7IHNvIGRvIHdlLCBhdCBhIHdvcmQuICovXG5leHBvcnQgY29uc3QgZGVzY3JpcHRpb25NYXhMZW5ndGggPSAyMDBcblxuLy8gUmVhZHMgYDo6OiBydWxlYCBjb250YWluZXJzIGFzIHRoZSBzaXRlIGRvZXMsIHNvIGEgcnVsZSdzIGhlYWRlciBsaW5lcyBhcmVcbi8vIG5vdCB0YWtlbiBmb3IgYSBwYXJhZ3JhcGguXG5jb25zdCBwYXJzZXIgPSBuZXcgTWFya2Rvd25JdCh7IGh0bWw6IHRydWUgfSkudXNlKHJ1bGVDb250YWluZXJQbHVnaW4pXG5cbmZ1bmN0aW9uIHBsYWluVGV4dChjaGlsZHJlbjogcmVhZG9ubHkgVG9rZW5bXSk6IHN0cmluZyB7XG4gIHJldHVybiBjaGlsZHJlblxuICAgIC5tYXAoKGNoaWxkKSA9PiB7XG4gICAgICBpZiAoY2hpbGQudHlwZSA9PT0gJ3RleHQnIHx8IGNoaWxkLnR5cGUgPT09ICdjb2RlX2lubGluZScpXG4gICAgICAgIHJldHVybiBjaGlsZC5jb250ZW50XG4gICAgICBpZiAoY2hpbGQudHlwZSA9PT0gJ3NvZnRicmVhaycgfHwgY2hpbGQudHlwZSA9PT0gJ2hhcmRicmVhaycpIHJldHVybiAnICdcbiAgICAgIGlmIChjaGlsZC50eXBlID09PSAnaW1hZ2UnKSByZXR1cm4gcGxhaW5UZXh0KGNoaWxkLmNoaWxkcmVuID8/IFtdKVxuICAgICAgcmV0dXJuICcnXG4gICAgfSlcbiAgICAuam9pbignJylcbiAgICAucmVwbGFjZSgvXFxzKy9nLCAnICcpXG4gICAgLnRyaW0oKVxufVxuXG5leHBvcnQgZnVuY3Rpb24gc2hvcnRlbihcbiAgdGV4dDogc3RyaW5nLFxuICBtYXhMZW5ndGggPSBkZXNjcmlwdGlvbk1heExlbmd0aFxuKTogc3RyaW5nIHtcbiAgaWYgKHRleHQubGVuZ3RoIDw9IG1heExlbmd0aCkgcmV0dXJuIHRleHRcbiAgY29uc3QgY3V0ID0gdGV4dC5zbGljZSgwLCBtYXhMZW5ndGggLSAxKVxuICBjb25zdCBsYXN0U3BhY2UgPSBjdXQubGFzdEluZGV4T2YoJyAnKVxuICByZXR1cm4gYCR7KGxhc3RTcGFjZSA+IG1heExlbmd0aCAvIDIgPyBjdXQuc2xpY2UoMCwgbGFzdFNwYWNlKSA6IGN1dCkucmVwbGFjZSgvW1xccyw7Oi5dKyQvLCAnJyl9XHUyMDI2YFxufVxuXG4vKipcbiAqIFRoZSBwYWdlJ3MgdGl0bGUgYXMgVml0ZVByZXNzIGZpbmRzIGl0OiBmcm9udG1hdHRlciBgdGl0bGVgLCBlbHNlIHRoZVxuICogZmlyc3QgYCMgaGVhZGluZ2AgKHdpdGhvdXQgaXRzIGB7I2lkfWApLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFnZVRpdGxlKG1hcmtkb3duOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB7IGRhdGEsIGJvZHkgfSA9IHJlYWRQYWdlKG1hcmtkb3duLCAncGFnZS5tZCcpXG4gIGNvbnN0IHRpdGxlID0gZGF0YS50aXRsZVxuICBpZiAodHlwZW9mIHRpdGxlID09PSAnc3RyaW5nJyAmJiB0aXRsZS50cmltKCkgIT09ICcnKSByZXR1cm4gdGl0bGUudHJpbSgpXG4gIGNvbnN0IGhlYWRpbmcgPSAvXiNbIFxcdF0rKC4rPylbIFxcdF0qJC9tLmV4ZWMoYm9keSk/LlsxXVxuICByZXR1cm4gaGVhZGluZz8ucmVwbGFjZSgvXFxzKlxceyNbXn1dKlxcfSQvLCAnJylcbn1cblxuLyoqXG4gKiBUaGUgZmlyc3QgcGFyYWdyYXBoIG9mIE1hcmtkb3duIGFzIHBsYWluIHRleHQsIG9yIGB1bmRlZmluZWRgIGlmIHRoZXJlIGlzXG4gKiBub25lLiBTa2lwcyBmcm9udG1hdHRlciwgYW5kIHRoZSBgOjo6YCBsaW5lcyBvZiBjb250YWluZXJzIHN1Y2ggYXNcbiAqIGA6OjogdGlwYCwgd2hpY2ggcGxhaW4gbWFya2Rvd24taXQgcmVhZHMgYXMgdGV4dC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGZpcnN0UGFyYWdyYXBoKG1hcmtkb3duOiBzdHJpbmcpOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBjb25zdCB7IGJvZHkgfSA9IHJlYWRQYWdlKG1hcmtkb3duLCAncGFnZS5tZCcpXG4gIGNvbnN0IHRva2VucyA9IHBhcnNlci5wYXJzZShib2R5LCB7fSlcbiAgZm9yIChjb25zdCBbaW5kZXgsIHRva2VuXSBvZiB0b2tlbnMuZW50cmllcygpKSB7XG4gICAgaWYgKHRva2VuLnR5cGUgIT09ICdwYXJhZ3JhcGhfb3BlbicpIGNvbnRpbnVlXG4gICAgY29uc3QgY29udGVudCA9ICh0b2tlbnNbaW5kZXggKyAxXT8uY29udGVudCA/PyAnJylcbiAgICAgIC5zcGxpdCgnXFxuJylcbiAgICAgIC5maWx0ZXIoKGxpbmUpID0+ICFsaW5lLnRyaW1TdGFydCgpLnN0YXJ0c1dpdGgoJzo6OicpKVxuICAgICAgLmpvaW4oJ1xcbicpXG4gICAgY29uc3QgdGV4dCA9IHBsYWluVGV4dChwYXJzZXIucGFyc2VJbmxpbmUoY29udGVudCwge30pWzBdPy5jaGlsZHJlbiA/PyBbXSlcbiAgICBpZiAodGV4dCAhPT0gJycpIHJldHVybiBzaG9ydGVuKHRleHQpXG4gIH1cbiAgcmV0dXJuIHVuZGVmaW5lZFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzL3NvY2lhbC1jYXJkcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzL3NvY2lhbC1jYXJkcy50c1wiOy8qKlxuICogU29jaWFsIGNhcmRzOiB0aGUgMTIwMFx1MDBENzYzMCBpbWFnZXMgdGhhdCBTbGFjayBhbmQgb3RoZXIgYXBwcyBzaG93IGluIGEgbGlua1xuICogcHJldmlldy4gT25lIGZvciB0aGUgc2l0ZSwgb25lIHBlciBwYWdlIGFuZCBvbmUgcGVyIHJ1bGUsIGRlc2NyaWJlZCBoZXJlXG4gKiBmcm9tIHRoZSBwYWdlIGRhdGEgYW5kIGRyYXduIGF0IGJ1aWxkIHRpbWUgKHNvY2lhbC1jYXJkLXJlbmRlci50cykgaW50b1xuICogdGhlIGJ1aWxkIG91dHB1dCB1bmRlciBgL3NvY2lhbC9gLiBOb3RoaW5nIGlzIGNvbW1pdHRlZCwgc28gYSBjYXJkIGFsd2F5c1xuICogc2hvd3MgdG9kYXkncyB0aXRsZSwgYW5kIGEgcmVtb3ZlZCBwYWdlIG9yIHJ1bGUgaGFzIG5vIGNhcmQuXG4gKi9cbmltcG9ydCB0eXBlIHsgQ29tbXVuaXR5IH0gZnJvbSAnLi4vY29tbXVuaXR5L3R5cGVzJ1xuaW1wb3J0IHR5cGUgeyBSdWxlIH0gZnJvbSAnLi4vcnVsZXMvcnVsZSdcblxuZXhwb3J0IGNvbnN0IHNvY2lhbENhcmRTaXplID0geyB3aWR0aDogMTIwMCwgaGVpZ2h0OiA2MzAgfSBhcyBjb25zdFxuXG4vKiogVGhlIGZvbGRlciBvZiB0aGUgYnVpbHQgc2l0ZSB0aGF0IGhvbGRzIHRoZSBjYXJkcy4gKi9cbmV4cG9ydCBjb25zdCBzb2NpYWxDYXJkRm9sZGVyID0gJy9zb2NpYWwvJ1xuXG5leHBvcnQgaW50ZXJmYWNlIFNvY2lhbENhcmQge1xuICAvKiogU2l0ZSBwYXRoIG9mIHRoZSBQTkc6IGAvc29jaWFsL3J1bGVzL3VzZS10aHJlYWRzLnBuZ2AuICovXG4gIHBhdGg6IHN0cmluZ1xuICAvKiogU21hbGwgbGluZSBhYm92ZSB0aGUgdGl0bGU6IHdoYXQgdGhlIGNhcmQgaXMgYWJvdXQuICovXG4gIGV5ZWJyb3c/OiBzdHJpbmdcbiAgdGl0bGU6IHN0cmluZ1xuICAvKiogT3B0aW9uYWwgbGluZSBiZWxvdyB0aGUgdGl0bGUuICovXG4gIHRleHQ/OiBzdHJpbmdcbiAgLyoqIFRoZSBpbWFnZSdzIGFsdCB0ZXh0IGluIGxpbmsgcHJldmlld3MuICovXG4gIGFsdDogc3RyaW5nXG4gIC8qKiBTaG93biBiZXNpZGUgdGhlIGxvZ28gYXQgdGhlIGZvb3Qgb2YgdGhlIGNhcmQuICovXG4gIHNpdGVOYW1lOiBzdHJpbmdcbn1cblxuLyoqIFRoZSBzaXRlJ3MgbmFtZSwgYXMgcHJldmlld3MgYW5kIGNhcmRzIHNob3cgaXQuICovXG5leHBvcnQgZnVuY3Rpb24gc2l0ZVRpdGxlKGNvbW11bml0eTogQ29tbXVuaXR5KTogc3RyaW5nIHtcbiAgcmV0dXJuIGAke2NvbW11bml0eS5uYW1lfSBDb21tdW5pdHlgXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBzaXRlU29jaWFsQ2FyZChjb21tdW5pdHk6IENvbW11bml0eSk6IFNvY2lhbENhcmQge1xuICBjb25zdCBzaXRlTmFtZSA9IHNpdGVUaXRsZShjb21tdW5pdHkpXG4gIHJldHVybiB7XG4gICAgcGF0aDogYCR7c29jaWFsQ2FyZEZvbGRlcn1zaXRlLnBuZ2AsXG4gICAgdGl0bGU6IHNpdGVOYW1lLFxuICAgIHRleHQ6IGNvbW11bml0eS5kZXNjcmlwdGlvbixcbiAgICBhbHQ6IHNpdGVOYW1lLFxuICAgIHNpdGVOYW1lXG4gIH1cbn1cblxuLyoqIGAvYCBcdTIxOTIgYGhvbWVgLCBgL3NsYWNrLXJ1bGVzYCBcdTIxOTIgYHNsYWNrLXJ1bGVzYCwgYC9ndWlkZS9zZXR1cGAgXHUyMTkyIGBndWlkZS1zZXR1cGAuICovXG5mdW5jdGlvbiBwYWdlU2x1ZyhwYWdlUGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBhZ2VQYXRoLnJlcGxhY2UoL15cXC98XFwvJC9nLCAnJykucmVwbGFjZSgvXFwvL2csICctJykgfHwgJ2hvbWUnXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwYWdlU29jaWFsQ2FyZChcbiAgcGFnZTogeyBwYXRoOiBzdHJpbmc7IHRpdGxlOiBzdHJpbmcgfSxcbiAgY29tbXVuaXR5OiBDb21tdW5pdHlcbik6IFNvY2lhbENhcmQge1xuICBjb25zdCBzaXRlTmFtZSA9IHNpdGVUaXRsZShjb21tdW5pdHkpXG4gIHJldHVybiB7XG4gICAgcGF0aDogYCR7c29jaWFsQ2FyZEZvbGRlcn1wYWdlcy8ke3BhZ2VTbHVnKHBhZ2UucGF0aCl9LnBuZ2AsXG4gICAgdGl0bGU6IHBhZ2UudGl0bGUsXG4gICAgYWx0OiBgJHtwYWdlLnRpdGxlfSwgJHtzaXRlTmFtZX1gLFxuICAgIHNpdGVOYW1lXG4gIH1cbn1cblxuLyoqXG4gKiBBIHJ1bGUncyBjYXJkLiBgcnVsZXNUaXRsZWAgaXMgdGhlIHRpdGxlIG9mIHRoZSBwYWdlIHRoYXQgaG9sZHMgdGhlIHJ1bGVzLFxuICogZnJvbSBpdHMgZnJvbnRtYXR0ZXI6IHRoZSBwYWdlIG1heSBiZSBjYWxsZWQgYW55dGhpbmcuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBydWxlU29jaWFsQ2FyZChcbiAgcnVsZTogUGljazxSdWxlLCAnaWQnIHwgJ251bWJlcicgfCAndGl0bGUnPixcbiAgY29tbXVuaXR5OiBDb21tdW5pdHksXG4gIHJ1bGVzVGl0bGU6IHN0cmluZ1xuKTogU29jaWFsQ2FyZCB7XG4gIGNvbnN0IGV5ZWJyb3cgPSBgJHtydWxlc1RpdGxlfSBcdTAwQjcgUnVsZSAke3J1bGUubnVtYmVyfWBcbiAgcmV0dXJuIHtcbiAgICBwYXRoOiBgJHtzb2NpYWxDYXJkRm9sZGVyfXJ1bGVzLyR7cnVsZS5pZH0ucG5nYCxcbiAgICBleWVicm93LFxuICAgIHRpdGxlOiBydWxlLnRpdGxlLFxuICAgIGFsdDogYCR7ZXllYnJvd306ICR7cnVsZS50aXRsZX0sICR7c2l0ZVRpdGxlKGNvbW11bml0eSl9YCxcbiAgICBzaXRlTmFtZTogc2l0ZVRpdGxlKGNvbW11bml0eSlcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzL3BhZ2UtcHJldmlldy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzL3BhZ2UtcHJldmlldy50c1wiOy8qKlxuICogVGhlIGxpbmsgcHJldmlldyBvZiBlYWNoIHBhZ2UgVml0ZVByZXNzIHJlbmRlcnMsIGZvciBgdHJhbnNmb3JtSGVhZGA6XG4gKiB0aXRsZSwgZGVzY3JpcHRpb24gKGZyb250bWF0dGVyLCBlbHNlIHRoZSBmaXJzdCBwYXJhZ3JhcGgpLCBhYnNvbHV0ZSBVUkxzXG4gKiBhbmQgdGhlIHBhZ2UncyBzb2NpYWwgY2FyZC5cbiAqL1xuaW1wb3J0IHR5cGUgeyBDb21tdW5pdHkgfSBmcm9tICcuLi9jb21tdW5pdHkvdHlwZXMnXG5pbXBvcnQgeyBhYnNvbHV0ZVVybCwgcGFnZVBhdGggfSBmcm9tICcuLi9saW5rcy9wYXRocydcbmltcG9ydCB7IGZpcnN0UGFyYWdyYXBoIH0gZnJvbSAnLi9wYWdlLXRleHQnXG5pbXBvcnQgdHlwZSB7IExpbmtQcmV2aWV3IH0gZnJvbSAnLi9saW5rLXByZXZpZXcnXG5pbXBvcnQge1xuICBwYWdlU29jaWFsQ2FyZCxcbiAgc2l0ZVNvY2lhbENhcmQsXG4gIHNpdGVUaXRsZSxcbiAgc29jaWFsQ2FyZFNpemUsXG4gIHR5cGUgU29jaWFsQ2FyZFxufSBmcm9tICcuL3NvY2lhbC1jYXJkcydcblxuZXhwb3J0IHsgc2l0ZVRpdGxlIH1cblxuZXhwb3J0IGludGVyZmFjZSBQYWdlUHJldmlld0lucHV0IHtcbiAgLyoqIFRoZSBwYWdlJ3MgZmlsZSwgcmVsYXRpdmUgdG8gYGRvY3MvYDogYHNsYWNrLXJ1bGVzLm1kYC4gKi9cbiAgcGFnZTogc3RyaW5nXG4gIC8qKiBUaGUgcGFnZSdzIGB0aXRsZWAsIGZyb20gZnJvbnRtYXR0ZXIgb3IgaXRzIGZpcnN0IGhlYWRpbmcuICovXG4gIHRpdGxlOiBzdHJpbmdcbiAgLyoqIFRoZSBmcm9udG1hdHRlcidzIGBkZXNjcmlwdGlvbmAsIGlmIGFueS4gKi9cbiAgZGVzY3JpcHRpb24/OiBzdHJpbmdcbiAgLyoqIFRoZSBwYWdlJ3MgTWFya2Rvd24sIGZvciB0aGUgZmlyc3QtcGFyYWdyYXBoIGZhbGxiYWNrLiAqL1xuICBtYXJrZG93bjogKCkgPT4gc3RyaW5nXG4gIGNvbW11bml0eTogQ29tbXVuaXR5XG4gIHNpdGVVcmw6IHN0cmluZ1xufVxuXG4vKiogQSBjYXJkIGFzIGEgcHJldmlldydzIGltYWdlOyB0aGUgYnVpbGQgZHJhd3MgZXZlcnkgY2FyZCBpdCBuYW1lcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzb2NpYWxJbWFnZShcbiAgY2FyZDogU29jaWFsQ2FyZCxcbiAgc2l0ZVVybDogc3RyaW5nXG4pOiBMaW5rUHJldmlld1snaW1hZ2UnXSB7XG4gIHJldHVybiB7XG4gICAgdXJsOiBhYnNvbHV0ZVVybChzaXRlVXJsLCBjYXJkLnBhdGgpLFxuICAgIGFsdDogY2FyZC5hbHQsXG4gICAgLi4uc29jaWFsQ2FyZFNpemVcbiAgfVxufVxuXG4vKiogQSBwYWdlJ3MgY2FyZDsgdGhlIGhvbWUgcGFnZSdzIGNhcmQgaXMgdGhlIHNpdGUncyBjYXJkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHBhZ2VDYXJkKFxuICBwYWdlOiB7IHBhdGg6IHN0cmluZzsgdGl0bGU6IHN0cmluZyB9LFxuICBjb21tdW5pdHk6IENvbW11bml0eVxuKTogU29jaWFsQ2FyZCB7XG4gIHJldHVybiBwYWdlLnBhdGggPT09ICcvJ1xuICAgID8gc2l0ZVNvY2lhbENhcmQoY29tbXVuaXR5KVxuICAgIDogcGFnZVNvY2lhbENhcmQocGFnZSwgY29tbXVuaXR5KVxufVxuXG5leHBvcnQgZnVuY3Rpb24gcGFnZVByZXZpZXcoaW5wdXQ6IFBhZ2VQcmV2aWV3SW5wdXQpOiBMaW5rUHJldmlldyB7XG4gIGNvbnN0IHsgY29tbXVuaXR5LCBzaXRlVXJsIH0gPSBpbnB1dFxuICBjb25zdCBwYXRoID0gcGFnZVBhdGgoaW5wdXQucGFnZSlcbiAgY29uc3QgaXNIb21lID0gcGF0aCA9PT0gJy8nXG4gIGNvbnN0IHRpdGxlID0gaXNIb21lIHx8ICFpbnB1dC50aXRsZSA/IHNpdGVUaXRsZShjb21tdW5pdHkpIDogaW5wdXQudGl0bGVcbiAgY29uc3QgZGVzY3JpcHRpb24gPVxuICAgIGlucHV0LmRlc2NyaXB0aW9uPy50cmltKCkgfHxcbiAgICBmaXJzdFBhcmFncmFwaChpbnB1dC5tYXJrZG93bigpKSB8fFxuICAgIGNvbW11bml0eS5kZXNjcmlwdGlvblxuICBjb25zdCB1cmwgPSBhYnNvbHV0ZVVybChzaXRlVXJsLCBwYXRoKVxuICByZXR1cm4ge1xuICAgIHRpdGxlLFxuICAgIGRlc2NyaXB0aW9uLFxuICAgIHVybCxcbiAgICBjYW5vbmljYWw6IHVybCxcbiAgICBzaXRlTmFtZTogc2l0ZVRpdGxlKGNvbW11bml0eSksXG4gICAgbGFuZzogY29tbXVuaXR5LmxhbmcsXG4gICAgaW1hZ2U6IHNvY2lhbEltYWdlKHBhZ2VDYXJkKHsgcGF0aCwgdGl0bGUgfSwgY29tbXVuaXR5KSwgc2l0ZVVybClcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3NsYWNrXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3NsYWNrL2Jsb2NrLWtpdC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3NsYWNrL2Jsb2NrLWtpdC50c1wiOy8qKlxuICogVGhlIGZldyBCbG9jayBLaXQgcGllY2VzIG91ciBTbGFjayBtZXNzYWdlcyB1c2UsIHR5cGVkIHdpdGggU2xhY2sncyBvd24gU0RLXG4gKiAoYEBzbGFjay90eXBlc2ApLCBhbmQgU2xhY2sncyBsaW1pdHMgb24gdGhlbS4gQSBtZXNzYWdlIGlzIGJ1aWx0IGFzXG4gKiBgeyB0ZXh0LCBibG9ja3MgfWA6IGB0ZXh0YCBpcyB0aGUgd2hvbGUgbWVzc2FnZSBhcyBtcmtkd24gKHdoYXQgYVxuICogbm90aWZpY2F0aW9uIHNob3dzLCBhbmQgd2hhdCBhIG1haW50YWluZXIgcGFzdGVzKSwgYGJsb2Nrc2AgdGhlIHNhbWVcbiAqIGNvbnRlbnQgbGFpZCBvdXQuXG4gKlxuICogTG9uZyBsaXN0cyBhcmUgc3BsaXQgYWNyb3NzIHNlY3Rpb25zIHJhdGhlciB0aGFuIHRydW5jYXRlZDsgd2hhdCBjYW5ub3QgYmVcbiAqIHNwbGl0ICh0b28gbWFueSBibG9ja3MsIGEgbG9uZyBoZWFkZXIpIGlzIHJlZnVzZWQgd2l0aCBhbiBlcnJvciBuYW1pbmdcbiAqIGVhY2ggcHJvYmxlbSwgYmVmb3JlIGFueXRoaW5nIHJlYWNoZXMgU2xhY2suXG4gKi9cbmltcG9ydCB0eXBlIHtcbiAgQ29udGV4dEJsb2NrLFxuICBEaXZpZGVyQmxvY2ssXG4gIEhlYWRlckJsb2NrLFxuICBLbm93bkJsb2NrLFxuICBTZWN0aW9uQmxvY2tcbn0gZnJvbSAnQHNsYWNrL3R5cGVzJ1xuXG4vKiogU2xhY2sncyBsaW1pdHM6IGh0dHBzOi8vZG9jcy5zbGFjay5kZXYvcmVmZXJlbmNlL2Jsb2NrLWtpdC9ibG9ja3MgKi9cbmV4cG9ydCBjb25zdCBzbGFja0xpbWl0cyA9IHtcbiAgYmxvY2tzUGVyTWVzc2FnZTogNTAsXG4gIHNlY3Rpb25UZXh0OiAzMDAwLFxuICBoZWFkZXJUZXh0OiAxNTAsXG4gIGNvbnRleHRFbGVtZW50czogMTBcbn0gYXMgY29uc3RcblxuLyoqIEEgbWVzc2FnZSBpbiB0aGUgZm9ybSBgY2hhdC5wb3N0TWVzc2FnZWAgYW5kIGluY29taW5nIHdlYmhvb2tzIHRha2UuICovXG5leHBvcnQgaW50ZXJmYWNlIFNsYWNrTWVzc2FnZSB7XG4gIC8qKiBUaGUgd2hvbGUgbWVzc2FnZSBhcyBtcmtkd24gdGV4dC4gKi9cbiAgdGV4dDogc3RyaW5nXG4gIGJsb2NrczogS25vd25CbG9ja1tdXG59XG5cbi8qKiBPbmUgcGFydCBvZiBhIG1lc3NhZ2U6IGEgaGVhZGluZyAoYm9sZCBpbiBtcmtkd24pIGFuZCBpdHMgbGluZXMuICovXG5leHBvcnQgaW50ZXJmYWNlIE1lc3NhZ2VQYXJ0IHtcbiAgaGVhZGluZz86IHN0cmluZ1xuICBsaW5lczogc3RyaW5nW11cbn1cblxuZXhwb3J0IGNsYXNzIFNsYWNrTGltaXRFcnJvciBleHRlbmRzIEVycm9yIHtcbiAgY29uc3RydWN0b3IoXG4gICAgd2hhdDogc3RyaW5nLFxuICAgIHJlYWRvbmx5IHByb2JsZW1zOiBzdHJpbmdbXVxuICApIHtcbiAgICBzdXBlcihcbiAgICAgIGAke3doYXR9IGJyZWFrcyBTbGFjaydzIGxpbWl0czpcXG4ke3Byb2JsZW1zLm1hcCgocHJvYmxlbSkgPT4gYCAgLSAke3Byb2JsZW19YCkuam9pbignXFxuJyl9YFxuICAgIClcbiAgICB0aGlzLm5hbWUgPSAnU2xhY2tMaW1pdEVycm9yJ1xuICB9XG59XG5cbi8qKiBTbGFjayByZWFkcyBgJmAsIGA8YCBhbmQgYD5gIGFzIG1hcmt1cDsgZXZlcnl0aGluZyBlbHNlIGlzIGxpdGVyYWwuICovXG5leHBvcnQgZnVuY3Rpb24gZXNjYXBlTXJrZHduKHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiB0ZXh0LnJlcGxhY2UoLyYvZywgJyZhbXA7JykucmVwbGFjZSgvPC9nLCAnJmx0OycpLnJlcGxhY2UoLz4vZywgJyZndDsnKVxufVxuXG4vKiogQSBtcmtkd24gbGluazogYDx1cmx8dGV4dD5gLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIG1ya2R3bkxpbmsodXJsOiBzdHJpbmcsIHRleHQ6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgPCR7dXJsfXwke2VzY2FwZU1ya2R3bih0ZXh0KX0+YFxufVxuXG4vKiogQm9sZCBtcmtkd246IGAqdGV4dCpgLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGJvbGQodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIGAqJHtlc2NhcGVNcmtkd24odGV4dCl9KmBcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGhlYWRlckJsb2NrKHRleHQ6IHN0cmluZyk6IEhlYWRlckJsb2NrIHtcbiAgcmV0dXJuIHsgdHlwZTogJ2hlYWRlcicsIHRleHQ6IHsgdHlwZTogJ3BsYWluX3RleHQnLCB0ZXh0IH0gfVxufVxuXG5leHBvcnQgZnVuY3Rpb24gZGl2aWRlckJsb2NrKCk6IERpdmlkZXJCbG9jayB7XG4gIHJldHVybiB7IHR5cGU6ICdkaXZpZGVyJyB9XG59XG5cbmV4cG9ydCBmdW5jdGlvbiBjb250ZXh0QmxvY2sobXJrZHduOiBzdHJpbmcpOiBDb250ZXh0QmxvY2sge1xuICByZXR1cm4geyB0eXBlOiAnY29udGV4dCcsIGVsZW1lbnRzOiBbeyB0eXBlOiAnbXJrZHduJywgdGV4dDogbXJrZHduIH1dIH1cbn1cblxuZnVuY3Rpb24gc2VjdGlvbkJsb2NrKHRleHQ6IHN0cmluZyk6IFNlY3Rpb25CbG9jayB7XG4gIHJldHVybiB7IHR5cGU6ICdzZWN0aW9uJywgdGV4dDogeyB0eXBlOiAnbXJrZHduJywgdGV4dCB9IH1cbn1cblxuLyoqIEEgcGFydCBhcyBtcmtkd24gdGV4dDogaXRzIGJvbGQgaGVhZGluZywgdGhlbiBpdHMgbGluZXMuICovXG5leHBvcnQgZnVuY3Rpb24gcGFydFRleHQocGFydDogTWVzc2FnZVBhcnQpOiBzdHJpbmcge1xuICByZXR1cm4gW3BhcnQuaGVhZGluZyA/IGJvbGQocGFydC5oZWFkaW5nKSA6IHVuZGVmaW5lZCwgLi4ucGFydC5saW5lc11cbiAgICAuZmlsdGVyKChsaW5lKTogbGluZSBpcyBzdHJpbmcgPT4gbGluZSAhPT0gdW5kZWZpbmVkKVxuICAgIC5qb2luKCdcXG4nKVxufVxuXG4vKipcbiAqIEEgcGFydCBhcyBzZWN0aW9ucyBvZiBhdCBtb3N0IGBzZWN0aW9uVGV4dGAgY2hhcmFjdGVycyBlYWNoLCBzcGxpdCBiZXR3ZWVuXG4gKiBsaW5lcywgc28gYSBsb25nIGxpc3Qgc3RpbGwgZml0cy4gQSBzaW5nbGUgbGluZSBsb25nZXIgdGhhbiB0aGUgbGltaXQgaXNcbiAqIGxlZnQgd2hvbGUgZm9yIGBibG9ja0tpdFByb2JsZW1zYCB0byByZXBvcnQ6IGN1dHRpbmcgaXQgY291bGQgYnJlYWsgYSBsaW5rLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFydFNlY3Rpb25zKHBhcnQ6IE1lc3NhZ2VQYXJ0KTogU2VjdGlvbkJsb2NrW10ge1xuICBjb25zdCBzZWN0aW9uczogc3RyaW5nW10gPSBbXVxuICBsZXQgY3VycmVudCA9IHBhcnQuaGVhZGluZyA/IGJvbGQocGFydC5oZWFkaW5nKSA6ICcnXG4gIGZvciAoY29uc3QgbGluZSBvZiBwYXJ0LmxpbmVzKSB7XG4gICAgLy8gQSBibGFuayBsaW5lIHNwYWNlcyBvdXQgYSBzZWN0aW9uOyBpdCBuZXZlciBzdGFydHMgb25lLlxuICAgIGlmIChjdXJyZW50ID09PSAnJyAmJiBsaW5lID09PSAnJykgY29udGludWVcbiAgICBjb25zdCBuZXh0ID0gY3VycmVudCA9PT0gJycgPyBsaW5lIDogYCR7Y3VycmVudH1cXG4ke2xpbmV9YFxuICAgIGlmIChuZXh0Lmxlbmd0aCA+IHNsYWNrTGltaXRzLnNlY3Rpb25UZXh0ICYmIGN1cnJlbnQgIT09ICcnKSB7XG4gICAgICBzZWN0aW9ucy5wdXNoKGN1cnJlbnQpXG4gICAgICBjdXJyZW50ID0gbGluZVxuICAgIH0gZWxzZSB7XG4gICAgICBjdXJyZW50ID0gbmV4dFxuICAgIH1cbiAgfVxuICBpZiAoY3VycmVudCAhPT0gJycpIHNlY3Rpb25zLnB1c2goY3VycmVudClcbiAgcmV0dXJuIHNlY3Rpb25zLm1hcChzZWN0aW9uQmxvY2spXG59XG5cbi8qKlxuICogQSB3aG9sZSBtZXNzYWdlIGZyb20gYSB0aXRsZSwgaXRzIHBhcnRzIGFuZCBhIGZvb3RlcjogYSBoZWFkZXIsIHRoZSBwYXJ0c1xuICogd2l0aCBhIGRpdmlkZXIgYmVmb3JlIGVhY2ggYnV0IHRoZSBmaXJzdCwgYW5kIHRoZSBmb290ZXIgYXMgY29udGV4dC5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxheW91dE1lc3NhZ2UoXG4gIHRpdGxlOiBzdHJpbmcsXG4gIHBhcnRzOiByZWFkb25seSBNZXNzYWdlUGFydFtdLFxuICBmb290ZXI6IHN0cmluZ1xuKTogU2xhY2tNZXNzYWdlIHtcbiAgcmV0dXJuIHtcbiAgICB0ZXh0OiBbYm9sZCh0aXRsZSksIC4uLnBhcnRzLm1hcChwYXJ0VGV4dCksIGZvb3Rlcl0uam9pbignXFxuXFxuJyksXG4gICAgYmxvY2tzOiBbXG4gICAgICBoZWFkZXJCbG9jayh0aXRsZSksXG4gICAgICAuLi5wYXJ0cy5mbGF0TWFwKChwYXJ0LCBpbmRleCkgPT4gW1xuICAgICAgICAuLi4oaW5kZXggPiAwID8gW2RpdmlkZXJCbG9jaygpXSA6IFtdKSxcbiAgICAgICAgLi4ucGFydFNlY3Rpb25zKHBhcnQpXG4gICAgICBdKSxcbiAgICAgIGNvbnRleHRCbG9jayhmb290ZXIpXG4gICAgXVxuICB9XG59XG5cbi8qKiBUaGUgdGV4dCBvZiBhIGJsb2NrJ3Mgb3duIHRleHQgZmllbGQsIHdoZW4gaXQgaGFzIG9uZS4gKi9cbmZ1bmN0aW9uIGJsb2NrVGV4dChibG9jazogS25vd25CbG9jayk6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIHJldHVybiBibG9jay50eXBlID09PSAnc2VjdGlvbicgfHwgYmxvY2sudHlwZSA9PT0gJ2hlYWRlcidcbiAgICA/IGJsb2NrLnRleHQ/LnRleHRcbiAgICA6IHVuZGVmaW5lZFxufVxuXG4vKiogV2hlcmUgdGhlIGJsb2NrcyBicmVhayBTbGFjaydzIGxpbWl0cywgb25lIGxpbmUgcGVyIHByb2JsZW0uICovXG5leHBvcnQgZnVuY3Rpb24gYmxvY2tLaXRQcm9ibGVtcyhibG9ja3M6IHJlYWRvbmx5IEtub3duQmxvY2tbXSk6IHN0cmluZ1tdIHtcbiAgY29uc3QgcHJvYmxlbXM6IHN0cmluZ1tdID0gW11cbiAgaWYgKGJsb2Nrcy5sZW5ndGggPiBzbGFja0xpbWl0cy5ibG9ja3NQZXJNZXNzYWdlKVxuICAgIHByb2JsZW1zLnB1c2goXG4gICAgICBgdGhlIG1lc3NhZ2UgaGFzICR7YmxvY2tzLmxlbmd0aH0gYmxvY2tzOyBTbGFjayBhbGxvd3MgJHtzbGFja0xpbWl0cy5ibG9ja3NQZXJNZXNzYWdlfS5gXG4gICAgKVxuICBibG9ja3MuZm9yRWFjaCgoYmxvY2ssIGluZGV4KSA9PiB7XG4gICAgY29uc3Qgd2hlcmUgPSBgYmxvY2sgJHtpbmRleCArIDF9ICgke2Jsb2NrLnR5cGV9KWBcbiAgICBjb25zdCBsZW5ndGggPSBibG9ja1RleHQoYmxvY2spPy5sZW5ndGggPz8gMFxuICAgIGNvbnN0IGxpbWl0ID1cbiAgICAgIGJsb2NrLnR5cGUgPT09ICdzZWN0aW9uJ1xuICAgICAgICA/IHNsYWNrTGltaXRzLnNlY3Rpb25UZXh0XG4gICAgICAgIDogYmxvY2sudHlwZSA9PT0gJ2hlYWRlcidcbiAgICAgICAgICA/IHNsYWNrTGltaXRzLmhlYWRlclRleHRcbiAgICAgICAgICA6IHVuZGVmaW5lZFxuICAgIGlmIChsaW1pdCAhPT0gdW5kZWZpbmVkICYmIGxlbmd0aCA+IGxpbWl0KVxuICAgICAgcHJvYmxlbXMucHVzaChgJHt3aGVyZX0gaGFzICR7bGVuZ3RofSBjaGFyYWN0ZXJzOyBTbGFjayBhbGxvd3MgJHtsaW1pdH0uYClcbiAgICBpZiAoXG4gICAgICBibG9jay50eXBlID09PSAnY29udGV4dCcgJiZcbiAgICAgIGJsb2NrLmVsZW1lbnRzLmxlbmd0aCA+IHNsYWNrTGltaXRzLmNvbnRleHRFbGVtZW50c1xuICAgIClcbiAgICAgIHByb2JsZW1zLnB1c2goXG4gICAgICAgIGAke3doZXJlfSBoYXMgJHtibG9jay5lbGVtZW50cy5sZW5ndGh9IGVsZW1lbnRzOyBTbGFjayBhbGxvd3MgJHtzbGFja0xpbWl0cy5jb250ZXh0RWxlbWVudHN9LmBcbiAgICAgIClcbiAgfSlcbiAgcmV0dXJuIHByb2JsZW1zXG59XG5cbi8qKlxuICogVGhlIG1lc3NhZ2UsIG9yIGEgYFNsYWNrTGltaXRFcnJvcmAgbmFtaW5nIGVhY2ggbGltaXQgaXQgYnJlYWtzLiBgd2hhdGBcbiAqIG5hbWVzIHRoZSBtZXNzYWdlIGluIHRoZSBlcnJvcjogXCJUaGUgU2xhY2sgd2VsY29tZSBtZXNzYWdlXCIuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBjaGVja2VkTWVzc2FnZShcbiAgd2hhdDogc3RyaW5nLFxuICBtZXNzYWdlOiBTbGFja01lc3NhZ2Vcbik6IFNsYWNrTWVzc2FnZSB7XG4gIGNvbnN0IHByb2JsZW1zID0gYmxvY2tLaXRQcm9ibGVtcyhtZXNzYWdlLmJsb2NrcylcbiAgaWYgKHByb2JsZW1zLmxlbmd0aCA+IDApIHRocm93IG5ldyBTbGFja0xpbWl0RXJyb3Iod2hhdCwgcHJvYmxlbXMpXG4gIHJldHVybiBtZXNzYWdlXG59XG5cbi8qKlxuICogVGhlIHNpdGUgcGF0aHMgYSBtZXNzYWdlIGxpbmtzIHRvIChgL3IvdXNlLXRocmVhZHNgLFxuICogYC9jb2RlLW9mLWNvbmR1Y3QjcmVwb3J0aW5nYCk6IG9uY2UgcG9zdGVkIGluIFNsYWNrIHRoZXkgbXVzdCBrZWVwXG4gKiB3b3JraW5nLCBzbyB0aGUgcGVybWFsaW5rIHJlZ2lzdHJ5IGxpc3RzIHRoZW0uXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBtZXNzYWdlU2l0ZVBhdGhzKFxuICBtZXNzYWdlOiBTbGFja01lc3NhZ2UsXG4gIHNpdGVVcmw6IHN0cmluZ1xuKTogc3RyaW5nW10ge1xuICBjb25zdCBwYXRocyA9IFsuLi5tZXNzYWdlLnRleHQubWF0Y2hBbGwoLzwoW158Pl0rKVxcfC9nKV1cbiAgICAuZmxhdE1hcCgobWF0Y2gpID0+IG1hdGNoWzFdID8/IFtdKVxuICAgIC5maWx0ZXIoKHVybCkgPT4gdXJsLnN0YXJ0c1dpdGgoYCR7c2l0ZVVybH0vYCkpXG4gICAgLm1hcCgodXJsKSA9PiB1cmwuc2xpY2Uoc2l0ZVVybC5sZW5ndGgpKVxuICByZXR1cm4gWy4uLm5ldyBTZXQocGF0aHMpXVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3NsYWNrXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3NsYWNrL3dlbGNvbWUtbWVzc2FnZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3NsYWNrL3dlbGNvbWUtbWVzc2FnZS50c1wiOy8qKlxuICogVGhlIFNsYWNrIHdvcmtzcGFjZSdzIHdlbGNvbWUgbWVzc2FnZSwgYnVpbHQgZnJvbSB0aGUgY29tbXVuaXR5IGNvbmZpZyBhbmRcbiAqIHRoZSBTbGFjayBydWxlcywgc28gaXQgbmV2ZXIgZHJpZnRzIGZyb20gdGhlIHNpdGU6IGEgdGl0bGUgYW5kIHNob3J0IGxpbmtcbiAqIGZvciBlYWNoIHJ1bGUsIHRoZSBjb2RlIG9mIGNvbmR1Y3QsIGFuZCBob3cgdG8gcmVwb3J0IGEgcHJvYmxlbS5cbiAqXG4gKiBJdCBjb21lcyBpbiB0aGUgdHdvIGZvcm1zIFNsYWNrIHRha2VzOiBtcmtkd24gdGV4dCAodG8gcGFzdGUgaW50byB0aGVcbiAqIHdvcmtzcGFjZSdzIHdlbGNvbWUgbWVzc2FnZSBvciBhIHBpbm5lZCBwb3N0KSBhbmQgQmxvY2sgS2l0IGJsb2NrcyAoZm9yIGFcbiAqIGJvdCwgb3IgU2xhY2sncyBCbG9jayBLaXQgQnVpbGRlcikuIGBucG0gcnVuIHNsYWNrOndlbGNvbWVgIHByaW50cyBib3RoLCBhbmRcbiAqIHRoZSBidWlsZCBwdWJsaXNoZXMgdGhlbSBhdCBgL3NsYWNrL3dlbGNvbWUuanNvbmAuXG4gKi9cbmltcG9ydCB0eXBlIHsgQ29tbXVuaXR5IH0gZnJvbSAnLi4vY29tbXVuaXR5L3R5cGVzJ1xuaW1wb3J0IHsgYWJzb2x1dGVVcmwgfSBmcm9tICcuLi9saW5rcy9wYXRocydcbmltcG9ydCB7IHBlcm1hbmVudFNob3J0TGluayB9IGZyb20gJy4uL2xpbmtzL3Nob3J0LWxpbmtzJ1xuaW1wb3J0IHR5cGUgeyBSdWxlIH0gZnJvbSAnLi4vcnVsZXMvcnVsZSdcbmltcG9ydCB7XG4gIGNoZWNrZWRNZXNzYWdlLFxuICBlc2NhcGVNcmtkd24sXG4gIGxheW91dE1lc3NhZ2UsXG4gIG1lc3NhZ2VTaXRlUGF0aHMsXG4gIG1ya2R3bkxpbmsgYXMgbGluayxcbiAgdHlwZSBTbGFja01lc3NhZ2Vcbn0gZnJvbSAnLi9ibG9jay1raXQnXG5cbmV4cG9ydCB0eXBlIFdlbGNvbWVNZXNzYWdlID0gU2xhY2tNZXNzYWdlXG5cbmV4cG9ydCBpbnRlcmZhY2UgV2VsY29tZU1lc3NhZ2VJbnB1dCB7XG4gIGNvbW11bml0eTogQ29tbXVuaXR5XG4gIHJ1bGVzOiByZWFkb25seSBSdWxlW11cbiAgLyoqIFRoZSBwdWJsaXNoZWQgc2l0ZSdzIFVSTCwgd2l0aG91dCBhIHRyYWlsaW5nIHNsYXNoLiAqL1xuICBzaXRlVXJsOiBzdHJpbmdcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHdlbGNvbWVNZXNzYWdlKHtcbiAgY29tbXVuaXR5LFxuICBydWxlcyxcbiAgc2l0ZVVybFxufTogV2VsY29tZU1lc3NhZ2VJbnB1dCk6IFdlbGNvbWVNZXNzYWdlIHtcbiAgY29uc3QgdXJsID0gKHBhdGg6IHN0cmluZykgPT4gYWJzb2x1dGVVcmwoc2l0ZVVybCwgcGF0aClcbiAgY29uc3QgeyByZXBvcnRpbmcgfSA9IGNvbW11bml0eVxuXG4gIGNvbnN0IHJlcG9ydExpbmVzID0gW1xuICAgIHJlcG9ydGluZy5zbGFja1JlcG9ydE1lc3NhZ2VcbiAgICAgID8gJ1x1MjAyMiBSZXBvcnQgdGhlIG1lc3NhZ2U6IG9wZW4gaXRzIG1lbnUgKE1vcmUgYWN0aW9ucykgYW5kIGNob29zZSBfUmVwb3J0IG1lc3NhZ2VfLidcbiAgICAgIDogdW5kZWZpbmVkLFxuICAgIGBcdTIwMjIgU2VuZCBhIGRpcmVjdCBtZXNzYWdlIHRvICR7ZXNjYXBlTXJrZHduKHJlcG9ydGluZy5zbGFja01vZGVyYXRvcnMpfS5gLFxuICAgIHJlcG9ydGluZy5lbWFpbFxuICAgICAgPyBgXHUyMDIyIEVtYWlsIHRoZSBtb2RlcmF0b3JzIGF0IDxtYWlsdG86JHtyZXBvcnRpbmcuZW1haWx9fCR7ZXNjYXBlTXJrZHduKHJlcG9ydGluZy5lbWFpbCl9Pi5gXG4gICAgICA6IHVuZGVmaW5lZCxcbiAgICBgWW91IGRvIG5vdCBuZWVkIHRvIGJlIHN1cmUgdGhhdCBhIHJ1bGUgd2FzIGJyb2tlbi4gJHtsaW5rKHVybCgnL2NvZGUtb2YtY29uZHVjdCNyZXBvcnRpbmcnKSwgJ0hvdyB0byByZXBvcnQsIGFuZCB3aGF0IGhhcHBlbnMgbmV4dCcpfWBcbiAgXS5maWx0ZXIoKGxpbmUpOiBsaW5lIGlzIHN0cmluZyA9PiBsaW5lICE9PSB1bmRlZmluZWQpXG5cbiAgcmV0dXJuIGxheW91dE1lc3NhZ2UoXG4gICAgYFdlbGNvbWUgdG8gdGhlICR7Y29tbXVuaXR5Lm5hbWV9IFNsYWNrYCxcbiAgICBbXG4gICAgICB7XG4gICAgICAgIGxpbmVzOiBbXG4gICAgICAgICAgJ1dlIGFyZSBnbGFkIHlvdSBhcmUgaGVyZS4gUGxlYXNlIHRha2UgdHdvIG1pbnV0ZXMgdG8gcmVhZCB0aGUgcnVsZXMgYmVsb3c6IHRoZXkga2VlcCBhIGJ1c3kgd29ya3NwYWNlIGZyaWVuZGx5IGFuZCBlYXN5IHRvIGZvbGxvdy4nXG4gICAgICAgIF1cbiAgICAgIH0sXG4gICAgICB7XG4gICAgICAgIGhlYWRpbmc6ICdTbGFjayBydWxlcycsXG4gICAgICAgIGxpbmVzOiBbXG4gICAgICAgICAgLi4ucnVsZXMubWFwKFxuICAgICAgICAgICAgKHJ1bGUpID0+XG4gICAgICAgICAgICAgIGAke3J1bGUubnVtYmVyfS4gJHtsaW5rKHVybChwZXJtYW5lbnRTaG9ydExpbmsocnVsZSkpLCBydWxlLnRpdGxlKX06ICR7ZXNjYXBlTXJrZHduKHJ1bGUuc3VtbWFyeSl9YFxuICAgICAgICAgICksXG4gICAgICAgICAgYFRoZSBydWxlcyBpbiBmdWxsOiAke2xpbmsodXJsKCcvc2xhY2stcnVsZXMnKSwgJ1NsYWNrIHJ1bGVzJyl9YFxuICAgICAgICBdXG4gICAgICB9LFxuICAgICAge1xuICAgICAgICBoZWFkaW5nOiAnQ29kZSBvZiBjb25kdWN0JyxcbiAgICAgICAgbGluZXM6IFtcbiAgICAgICAgICBgRXZlcnlvbmUgaGVyZSBmb2xsb3dzIHRoZSAke2xpbmsodXJsKCcvY29kZS1vZi1jb25kdWN0JyksIGAke2NvbW11bml0eS5uYW1lfSBjb21tdW5pdHkgY29kZSBvZiBjb25kdWN0YCl9LCBpbiBjaGFubmVscywgdGhyZWFkcyBhbmQgZGlyZWN0IG1lc3NhZ2VzLmBcbiAgICAgICAgXVxuICAgICAgfSxcbiAgICAgIHsgaGVhZGluZzogJ0lmIHNvbWV0aGluZyBnb2VzIHdyb25nJywgbGluZXM6IHJlcG9ydExpbmVzIH1cbiAgICBdLFxuICAgIGAke2xpbmsodXJsKCcvY29tbXVuaXR5JyksICdDb21tdW5pdHkgZ3VpZGUnKX06IHdoZXJlIHRvIGFzayB3aGF0LCBhbmQgd2hvIHRvIGNvbnRhY3QuYFxuICApXG59XG5cbi8qKiBUaGUgbWVzc2FnZSwgb3IgYW4gZXJyb3IgbmFtaW5nIGVhY2ggbGltaXQgaXQgYnJlYWtzIChmYWlscyB0aGUgYnVpbGQpLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNoZWNrZWRXZWxjb21lTWVzc2FnZShcbiAgaW5wdXQ6IFdlbGNvbWVNZXNzYWdlSW5wdXRcbik6IFdlbGNvbWVNZXNzYWdlIHtcbiAgcmV0dXJuIGNoZWNrZWRNZXNzYWdlKCdUaGUgU2xhY2sgd2VsY29tZSBtZXNzYWdlJywgd2VsY29tZU1lc3NhZ2UoaW5wdXQpKVxufVxuXG4vKiogVGhlIHBheWxvYWQgb2YgYC9zbGFjay93ZWxjb21lLmpzb25gOiB3aGF0IGBjaGF0LnBvc3RNZXNzYWdlYCB0YWtlcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB3ZWxjb21lTWVzc2FnZVBheWxvYWQobWVzc2FnZTogV2VsY29tZU1lc3NhZ2UpOiBTbGFja01lc3NhZ2Uge1xuICByZXR1cm4geyB0ZXh0OiBtZXNzYWdlLnRleHQsIGJsb2NrczogbWVzc2FnZS5ibG9ja3MgfVxufVxuXG4vKiogVGhlIHNpdGUgcGF0aHMgdGhlIG1lc3NhZ2UgbGlua3MgdG8sIGZvciB0aGUgcGVybWFsaW5rIHJlZ2lzdHJ5LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHdlbGNvbWVNZXNzYWdlU2l0ZVBhdGhzKFxuICBtZXNzYWdlOiBXZWxjb21lTWVzc2FnZSxcbiAgc2l0ZVVybDogc3RyaW5nXG4pOiBzdHJpbmdbXSB7XG4gIHJldHVybiBtZXNzYWdlU2l0ZVBhdGhzKG1lc3NhZ2UsIHNpdGVVcmwpXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcHJldmlld3NcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcHJldmlld3MvbGluay1wcmV2aWV3LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcHJldmlld3MvbGluay1wcmV2aWV3LnRzXCI7LyoqXG4gKiBMaW5rLXByZXZpZXcgbWV0YWRhdGE6IHdoYXQgU2xhY2ssIGNoYXQgYXBwcyBhbmQgc2VhcmNoIGVuZ2luZXMgcmVhZCBmcm9tIGFcbiAqIHBhZ2UncyBgPGhlYWQ+YCAoT3BlbiBHcmFwaCwgVHdpdHRlciBjYXJkcywgdGhlIGNhbm9uaWNhbCBVUkwpLiBMaW5rLXByZXZpZXdcbiAqIGJvdHMgcnVuIG5vIHNjcmlwdHMgYW5kIHJlc29sdmUgbm8gcmVsYXRpdmUgVVJMcyByZWxpYWJseSwgc28gZXZlcnkgVVJMXG4gKiBoZXJlIGlzIGFic29sdXRlLlxuICovXG5pbXBvcnQgdHlwZSB7IEhlYWRDb25maWcgfSBmcm9tICd2aXRlcHJlc3MnXG5cbmV4cG9ydCBpbnRlcmZhY2UgU29jaWFsSW1hZ2Uge1xuICAvKiogQWJzb2x1dGUgVVJMIG9mIGEgMTIwMFx1MDBENzYzMCBQTkcuICovXG4gIHVybDogc3RyaW5nXG4gIC8qKiBXaGF0IHRoZSBpbWFnZSBzaG93cywgZm9yIHJlYWRlcnMgd2hvIGNhbm5vdCBzZWUgaXQuICovXG4gIGFsdDogc3RyaW5nXG4gIHdpZHRoOiBudW1iZXJcbiAgaGVpZ2h0OiBudW1iZXJcbn1cblxuZXhwb3J0IGludGVyZmFjZSBMaW5rUHJldmlldyB7XG4gIC8qKiBUaGUgdGl0bGUgcHJldmlld3Mgc2hvdyAoYG9nOnRpdGxlYCksIHdpdGhvdXQgdGhlIHNpdGUncyBuYW1lLiAqL1xuICB0aXRsZTogc3RyaW5nXG4gIC8qKiBUaGUgYDx0aXRsZT5gIG9mIHRoZSBwYWdlLCB3aGVuIGl0IGRpZmZlcnMgZnJvbSBgdGl0bGVgLiAqL1xuICBkb2N1bWVudFRpdGxlPzogc3RyaW5nXG4gIGRlc2NyaXB0aW9uOiBzdHJpbmdcbiAgLyoqIEFic29sdXRlIFVSTCBvZiB0aGUgdGhpbmcgcHJldmlld2VkIChgb2c6dXJsYCkuICovXG4gIHVybDogc3RyaW5nXG4gIC8qKiBBYnNvbHV0ZSBVUkwgc2VhcmNoIGVuZ2luZXMgc2hvdWxkIGluZGV4IChgcmVsPVwiY2Fub25pY2FsXCJgKS4gKi9cbiAgY2Fub25pY2FsOiBzdHJpbmdcbiAgc2l0ZU5hbWU6IHN0cmluZ1xuICAvKiogQkNQIDQ3IHRhZyBvZiB0aGUgcGFnZSwgc3VjaCBhcyBgZW4tVVNgLiAqL1xuICBsYW5nOiBzdHJpbmdcbiAgaW1hZ2U6IFNvY2lhbEltYWdlXG59XG5cbi8qKiBgZW4tVVNgIFx1MjE5MiBgZW5fVVNgLCB0aGUgZm9ybSBPcGVuIEdyYXBoIGV4cGVjdHMuICovXG5leHBvcnQgZnVuY3Rpb24gb3BlbkdyYXBoTG9jYWxlKGxhbmc6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBsYW5nLnJlcGxhY2UoJy0nLCAnXycpXG59XG5cbi8qKiBUaGUgYDxoZWFkPmAgdGFncyBvZiBhIGxpbmsgcHJldmlldywgaW4gVml0ZVByZXNzJ3MgYEhlYWRDb25maWdgIGZvcm0uICovXG5leHBvcnQgZnVuY3Rpb24gbGlua1ByZXZpZXdIZWFkKHByZXZpZXc6IExpbmtQcmV2aWV3KTogSGVhZENvbmZpZ1tdIHtcbiAgY29uc3QgbWV0YSA9IChrZXk6ICduYW1lJyB8ICdwcm9wZXJ0eScsIG5hbWU6IHN0cmluZywgY29udGVudDogc3RyaW5nKSA9PlxuICAgIFsnbWV0YScsIHsgW2tleV06IG5hbWUsIGNvbnRlbnQgfV0gc2F0aXNmaWVzIEhlYWRDb25maWdcbiAgcmV0dXJuIFtcbiAgICBbJ2xpbmsnLCB7IHJlbDogJ2Nhbm9uaWNhbCcsIGhyZWY6IHByZXZpZXcuY2Fub25pY2FsIH1dLFxuICAgIG1ldGEoJ25hbWUnLCAnZGVzY3JpcHRpb24nLCBwcmV2aWV3LmRlc2NyaXB0aW9uKSxcbiAgICBtZXRhKCdwcm9wZXJ0eScsICdvZzp0eXBlJywgJ3dlYnNpdGUnKSxcbiAgICBtZXRhKCdwcm9wZXJ0eScsICdvZzpzaXRlX25hbWUnLCBwcmV2aWV3LnNpdGVOYW1lKSxcbiAgICBtZXRhKCdwcm9wZXJ0eScsICdvZzpsb2NhbGUnLCBvcGVuR3JhcGhMb2NhbGUocHJldmlldy5sYW5nKSksXG4gICAgbWV0YSgncHJvcGVydHknLCAnb2c6dGl0bGUnLCBwcmV2aWV3LnRpdGxlKSxcbiAgICBtZXRhKCdwcm9wZXJ0eScsICdvZzpkZXNjcmlwdGlvbicsIHByZXZpZXcuZGVzY3JpcHRpb24pLFxuICAgIG1ldGEoJ3Byb3BlcnR5JywgJ29nOnVybCcsIHByZXZpZXcudXJsKSxcbiAgICBtZXRhKCdwcm9wZXJ0eScsICdvZzppbWFnZScsIHByZXZpZXcuaW1hZ2UudXJsKSxcbiAgICBtZXRhKCdwcm9wZXJ0eScsICdvZzppbWFnZTp0eXBlJywgJ2ltYWdlL3BuZycpLFxuICAgIG1ldGEoJ3Byb3BlcnR5JywgJ29nOmltYWdlOndpZHRoJywgU3RyaW5nKHByZXZpZXcuaW1hZ2Uud2lkdGgpKSxcbiAgICBtZXRhKCdwcm9wZXJ0eScsICdvZzppbWFnZTpoZWlnaHQnLCBTdHJpbmcocHJldmlldy5pbWFnZS5oZWlnaHQpKSxcbiAgICBtZXRhKCdwcm9wZXJ0eScsICdvZzppbWFnZTphbHQnLCBwcmV2aWV3LmltYWdlLmFsdCksXG4gICAgbWV0YSgnbmFtZScsICd0d2l0dGVyOmNhcmQnLCAnc3VtbWFyeV9sYXJnZV9pbWFnZScpLFxuICAgIG1ldGEoJ25hbWUnLCAndHdpdHRlcjp0aXRsZScsIHByZXZpZXcudGl0bGUpLFxuICAgIG1ldGEoJ25hbWUnLCAndHdpdHRlcjpkZXNjcmlwdGlvbicsIHByZXZpZXcuZGVzY3JpcHRpb24pLFxuICAgIG1ldGEoJ25hbWUnLCAndHdpdHRlcjppbWFnZScsIHByZXZpZXcuaW1hZ2UudXJsKSxcbiAgICBtZXRhKCduYW1lJywgJ3R3aXR0ZXI6aW1hZ2U6YWx0JywgcHJldmlldy5pbWFnZS5hbHQpXG4gIF1cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGVzY2FwZUh0bWwodGV4dDogc3RyaW5nKTogc3RyaW5nIHtcbiAgcmV0dXJuIHRleHRcbiAgICAucmVwbGFjZSgvJi9nLCAnJmFtcDsnKVxuICAgIC5yZXBsYWNlKC9cIi9nLCAnJnF1b3Q7JylcbiAgICAucmVwbGFjZSgvJy9nLCAnJiMzOTsnKVxuICAgIC5yZXBsYWNlKC88L2csICcmbHQ7JylcbiAgICAucmVwbGFjZSgvPi9nLCAnJmd0OycpXG59XG5cbi8qKiBSZW5kZXJzIGBsaW5rYCBhbmQgYG1ldGFgIHRhZ3MgYXMgSFRNTCwgZm9yIHBhZ2VzIFZpdGVQcmVzcyBkb2VzIG5vdCByZW5kZXIuICovXG5leHBvcnQgZnVuY3Rpb24gcmVuZGVySGVhZFRhZ3MoaGVhZDogcmVhZG9ubHkgSGVhZENvbmZpZ1tdKTogc3RyaW5nIHtcbiAgcmV0dXJuIGhlYWRcbiAgICAubWFwKChbdGFnLCBhdHRyc10pID0+IHtcbiAgICAgIGNvbnN0IGF0dHJpYnV0ZXMgPSBPYmplY3QuZW50cmllcyhhdHRycylcbiAgICAgICAgLm1hcCgoW25hbWUsIHZhbHVlXSkgPT4gYCAke25hbWV9PVwiJHtlc2NhcGVIdG1sKFN0cmluZyh2YWx1ZSkpfVwiYClcbiAgICAgICAgLmpvaW4oJycpXG4gICAgICByZXR1cm4gYDwke3RhZ30ke2F0dHJpYnV0ZXN9PmBcbiAgICB9KVxuICAgIC5qb2luKCdcXG4gICAgJylcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9saW5rc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9saW5rcy9mb3J3YXJkaW5nLXBhZ2UudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9saW5rcy9mb3J3YXJkaW5nLXBhZ2UudHNcIjsvKipcbiAqIFRoZSBzdGF0aWMgcGFnZXMgdGhhdCBzZW5kIGEgcmVhZGVyIG9uIHRvIGFub3RoZXIgcGFnZTogc2hvcnQgbGlua3NcbiAqIChgL3IvdXNlLXRocmVhZHNgKSBhbmQgcmVkaXJlY3RzIChgL2NvcmUvY29tbXVuaXR5Lmh0bWxgKS5cbiAqXG4gKiBBIGxpbmstcHJldmlldyBib3QgcnVucyBubyBzY3JpcHRzLCBzbyB0aGUgcGFnZSdzIG93biBgPGhlYWQ+YCBjYXJyaWVzIHRoZVxuICogcHJldmlldyAodGl0bGUsIGRlc2NyaXB0aW9uLCBpbWFnZSkuIEEgYnJvd3NlciB0aGVuIGdvZXMgb24gdGhyZWUgd2F5cyxcbiAqIHdoaWNoZXZlciB3b3JrcyBmaXJzdDogdGhlIHNjcmlwdCAod2hpY2ggY2FuIGFsc28gbWFwIGFuIG9sZCBgI2FuY2hvcmAgdG9cbiAqIGl0cyBuZXcgcGxhY2UpLCB0aGUgbWV0YSByZWZyZXNoLCBhbmQgYSB2aXNpYmxlIGxpbmsgZm9yIHJlYWRlcnMgd2l0aFxuICogbmVpdGhlci5cbiAqL1xuaW1wb3J0IHtcbiAgZXNjYXBlSHRtbCxcbiAgbGlua1ByZXZpZXdIZWFkLFxuICByZW5kZXJIZWFkVGFncyxcbiAgdHlwZSBMaW5rUHJldmlld1xufSBmcm9tICcuLi9wcmV2aWV3cy9saW5rLXByZXZpZXcnXG5cbmV4cG9ydCBpbnRlcmZhY2UgRm9yd2FyZGluZ1BhZ2Uge1xuICAvKiogV2hlcmUgdGhlIGJyb3dzZXIgZ29lczogYSBzaXRlLXJlbGF0aXZlIGhyZWYsIGJhc2UgaW5jbHVkZWQsIHdpdGggYCNmcmFnbWVudGAuICovXG4gIGhyZWY6IHN0cmluZ1xuICAvKiogT2xkIGFuY2hvcnMgb2YgdGhpcyBwYWdlIFx1MjE5MiB3aGVyZSBlYWNoIG5vdyBsaXZlcyAoc2l0ZS1yZWxhdGl2ZSBocmVmcykuICovXG4gIGFuY2hvcnM/OiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PlxuICAvKiogVGhlIGhlYWQncyBsaW5rIHByZXZpZXc7IGl0cyBgY2Fub25pY2FsYCBpcyB0aGUgcGFnZSByZWFkZXJzIGxhbmQgb24uICovXG4gIHByZXZpZXc6IExpbmtQcmV2aWV3XG4gIC8qKiBTbWFsbCBsaW5lIGFib3ZlIHRoZSBoZWFkaW5nLCBzdWNoIGFzIFwiUHJlZmVjdCBTbGFjayBydWxlcyBcdTAwQjcgUnVsZSAyXCIuICovXG4gIGV5ZWJyb3c/OiBzdHJpbmdcbiAgLyoqIFRoZSBwYWdlJ3MgdmlzaWJsZSBoZWFkaW5nLiAqL1xuICBoZWFkaW5nOiBzdHJpbmdcbiAgLyoqIE9wdGlvbmFsIHBhcmFncmFwaCBiZWxvdyB0aGUgaGVhZGluZy4gKi9cbiAgdGV4dD86IHN0cmluZ1xuICAvKiogVGhlIHZpc2libGUgbGluaydzIHRleHQuICovXG4gIGxpbmtUZXh0OiBzdHJpbmdcbn1cblxuLyoqXG4gKiBUaGUgb25lIGlubGluZSBzY3JpcHQgb2YgZXZlcnkgZm9yd2FyZGluZyBwYWdlLiBJdCBpcyB0aGUgc2FtZSB0ZXh0IG9uXG4gKiBldmVyeSBwYWdlIChpdCByZWFkcyBpdHMgdGFyZ2V0IGZyb20gYDxodG1sIGRhdGEtXHUyMDI2PmApLCBzbyBhXG4gKiBDb250ZW50LVNlY3VyaXR5LVBvbGljeSBuZWVkcyBhIHNpbmdsZSBoYXNoIGZvciBhbGwgb2YgdGhlbS5cbiAqXG4gKiBJdCBydW5zIGJlZm9yZSB0aGUgbWV0YSByZWZyZXNoIGlzIHBhcnNlZCBhbmQgcmVwbGFjZXMgdGhlIGhpc3RvcnkgZW50cnksXG4gKiBzbyBCYWNrIHJldHVybnMgdG8gd2hlcmUgdGhlIHJlYWRlciBjYW1lIGZyb20sIG5vdCB0byB0aGlzIHBhZ2UuXG4gKi9cbmV4cG9ydCBjb25zdCBmb3J3YXJkaW5nU2NyaXB0ID0gW1xuICAnKGZ1bmN0aW9uICgpIHsnLFxuICAnICB2YXIgcm9vdCA9IGRvY3VtZW50LmRvY3VtZW50RWxlbWVudCcsXG4gIFwiICB2YXIgYW5jaG9ycyA9IEpTT04ucGFyc2Uocm9vdC5nZXRBdHRyaWJ1dGUoJ2RhdGEtYW5jaG9ycycpIHx8ICd7fScpXCIsXG4gIFwiICB2YXIgdGFyZ2V0ID0gcm9vdC5nZXRBdHRyaWJ1dGUoJ2RhdGEtZm9yd2FyZCcpXCIsXG4gICcgIHZhciBoYXNoID0gbG9jYXRpb24uaGFzaCcsXG4gICcgIHZhciBtYXBwZWQgPSBhbmNob3JzW2hhc2guc2xpY2UoMSldJyxcbiAgXCIgIGxvY2F0aW9uLnJlcGxhY2UobWFwcGVkIHx8ICh0YXJnZXQuaW5kZXhPZignIycpID09PSAtMSA/IHRhcmdldCArIGhhc2ggOiB0YXJnZXQpKVwiLFxuICAnfSkoKSdcbl0uam9pbignXFxuJylcblxuLyoqIExpZ2h0IGFuZCBkYXJrLCBmcm9tIHRoZSByZWFkZXIncyBzeXN0ZW0gc2V0dGluZzsgbm8gZXh0ZXJuYWwgZmlsZSB0byBsb2FkLiAqL1xuY29uc3QgZm9yd2FyZGluZ1N0eWxlID0gYFxuOnJvb3QgeyBjb2xvci1zY2hlbWU6IGxpZ2h0IGRhcms7IC0tYmc6ICNmZmZmZmY7IC0tdGV4dDogIzFiMWIxZjsgLS10ZXh0LTI6ICMzYzNjNDM7IC0tbGluazogIzI5NDRkNjsgfVxuQG1lZGlhIChwcmVmZXJzLWNvbG9yLXNjaGVtZTogZGFyaykge1xuICA6cm9vdCB7IC0tYmc6ICMxYjFiMWY7IC0tdGV4dDogI2RmZGZkNjsgLS10ZXh0LTI6ICNjMmMyYzY7IC0tbGluazogI2EzYjFmZjsgfVxufVxuYm9keSB7IG1hcmdpbjogMDsgYmFja2dyb3VuZDogdmFyKC0tYmcpOyBjb2xvcjogdmFyKC0tdGV4dCk7IGZvbnQ6IDE2cHgvMS42IHN5c3RlbS11aSwgc2Fucy1zZXJpZjsgfVxubWFpbiB7IG1heC13aWR0aDogNDByZW07IG1hcmdpbjogMCBhdXRvOyBwYWRkaW5nOiAzcmVtIDEuNXJlbTsgfVxuLmV5ZWJyb3cgeyBtYXJnaW46IDA7IGZvbnQtc2l6ZTogMC44NzVyZW07IGZvbnQtd2VpZ2h0OiA2MDA7IGNvbG9yOiB2YXIoLS10ZXh0LTIpOyB9XG5oMSB7IG1hcmdpbjogMC4yNXJlbSAwIDFyZW07IGZvbnQtc2l6ZTogMS43NXJlbTsgbGluZS1oZWlnaHQ6IDEuMjU7IH1cbmEgeyBjb2xvcjogdmFyKC0tbGluayk7IGZvbnQtd2VpZ2h0OiA2MDA7IHRleHQtdW5kZXJsaW5lLW9mZnNldDogMC4yZW07IH1cbmE6Zm9jdXMtdmlzaWJsZSB7IG91dGxpbmU6IDJweCBzb2xpZCB2YXIoLS1saW5rKTsgb3V0bGluZS1vZmZzZXQ6IDJweDsgfVxuYC50cmltKClcblxuZXhwb3J0IGZ1bmN0aW9uIGZvcndhcmRpbmdQYWdlSHRtbChwYWdlOiBGb3J3YXJkaW5nUGFnZSk6IHN0cmluZyB7XG4gIGNvbnN0IHsgcHJldmlldyB9ID0gcGFnZVxuICBjb25zdCBhbmNob3JzID1cbiAgICBwYWdlLmFuY2hvcnMgJiYgT2JqZWN0LmtleXMocGFnZS5hbmNob3JzKS5sZW5ndGggPiAwXG4gICAgICA/IGAgZGF0YS1hbmNob3JzPVwiJHtlc2NhcGVIdG1sKEpTT04uc3RyaW5naWZ5KHBhZ2UuYW5jaG9ycykpfVwiYFxuICAgICAgOiAnJ1xuICByZXR1cm4gYDwhRE9DVFlQRSBodG1sPlxuPGh0bWwgbGFuZz1cIiR7ZXNjYXBlSHRtbChwcmV2aWV3LmxhbmcpfVwiIGRhdGEtZm9yd2FyZD1cIiR7ZXNjYXBlSHRtbChwYWdlLmhyZWYpfVwiJHthbmNob3JzfT5cbiAgPGhlYWQ+XG4gICAgPG1ldGEgY2hhcnNldD1cInV0Zi04XCI+XG4gICAgPG1ldGEgbmFtZT1cInZpZXdwb3J0XCIgY29udGVudD1cIndpZHRoPWRldmljZS13aWR0aCwgaW5pdGlhbC1zY2FsZT0xXCI+XG4gICAgPHRpdGxlPiR7ZXNjYXBlSHRtbChwcmV2aWV3LmRvY3VtZW50VGl0bGUgPz8gcHJldmlldy50aXRsZSl9PC90aXRsZT5cbiAgICA8c2NyaXB0PiR7Zm9yd2FyZGluZ1NjcmlwdH08L3NjcmlwdD5cbiAgICA8bWV0YSBodHRwLWVxdWl2PVwicmVmcmVzaFwiIGNvbnRlbnQ9XCIwOyB1cmw9JHtlc2NhcGVIdG1sKHBhZ2UuaHJlZil9XCI+XG4gICAgJHtyZW5kZXJIZWFkVGFncyhsaW5rUHJldmlld0hlYWQocHJldmlldykpfVxuICAgIDxzdHlsZT4ke2ZvcndhcmRpbmdTdHlsZX08L3N0eWxlPlxuICA8L2hlYWQ+XG4gIDxib2R5PlxuICAgIDxtYWluPlxuICAgICAgJHtwYWdlLmV5ZWJyb3cgPyBgPHAgY2xhc3M9XCJleWVicm93XCI+JHtlc2NhcGVIdG1sKHBhZ2UuZXllYnJvdyl9PC9wPlxcbiAgICAgIGAgOiAnJ308aDE+JHtlc2NhcGVIdG1sKHBhZ2UuaGVhZGluZyl9PC9oMT5cbiAgICAgICR7cGFnZS50ZXh0ID8gYDxwPiR7ZXNjYXBlSHRtbChwYWdlLnRleHQpfTwvcD5cXG4gICAgICBgIDogJyd9PHA+PGEgaHJlZj1cIiR7ZXNjYXBlSHRtbChwYWdlLmhyZWYpfVwiPiR7ZXNjYXBlSHRtbChwYWdlLmxpbmtUZXh0KX08L2E+PC9wPlxuICAgIDwvbWFpbj5cbiAgPC9ib2R5PlxuPC9odG1sPlxuYFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzL3JlZGlyZWN0LWNoZWNrLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvbGlua3MvcmVkaXJlY3QtY2hlY2sudHNcIjsvKipcbiAqIFRoZSBzaGFwZSBvZiBhIHJlZGlyZWN0LCBhbmQgdGhlIGNoZWNrcyB0aGF0IG1ha2UgYSBiYWQgb25lIGZhaWwgdGhlXG4gKiBidWlsZDogYSBwYXRoIHRoYXQgaXMgbm90IGEgcGF0aCwgYSByZWRpcmVjdCB0aGF0IGhpZGVzIGEgcGFnZSwgYSBsb29wLCBhbmRcbiAqIGEgdGFyZ2V0IHRoYXQgaXMgbm90IGEgcGFnZSBvZiB0aGUgc2l0ZS5cbiAqL1xuaW1wb3J0IHsgTGlua0Vycm9yIH0gZnJvbSAnLi9saW5rLWVycm9yJ1xuaW1wb3J0IHsgc3BsaXRGcmFnbWVudCB9IGZyb20gJy4vcGF0aHMnXG5cbmV4cG9ydCBpbnRlcmZhY2UgUmVkaXJlY3Qge1xuICAvKiogVGhlIG9sZCBwYXRoLCBleGFjdGx5IGFzIGl0IHdhcyBwdWJsaXNoZWQ6IGAvY29yZS9jb21tdW5pdHkuaHRtbGAuICovXG4gIGZyb206IHN0cmluZ1xuICAvKiogV2hlcmUgaXQgbGl2ZXMgbm93OiBhIHNpdGUgcGF0aCwgd2l0aCBhbiBvcHRpb25hbCBgI2FuY2hvcmAuICovXG4gIHRvOiBzdHJpbmdcbiAgLyoqXG4gICAqIE9sZCBhbmNob3JzIG9mIGBmcm9tYCwgYW5kIHdoZXJlIGVhY2ggbm93IGxpdmVzLiBBIHNlcnZlciBuZXZlciBzZWVzIHRoZVxuICAgKiBgI2ZyYWdtZW50YCwgc28gb25seSB0aGUgc3RhdGljIHJlZGlyZWN0IHBhZ2UgY2FuIHNlbmQgYCNzbGFja2AgdG8gaXRzXG4gICAqIG5ldyBwbGFjZTsgYF9yZWRpcmVjdHNgIGhvc3RzIGtlZXAgdGhlIGZyYWdtZW50IGFzIGl0IGlzLlxuICAgKi9cbiAgYW5jaG9ycz86IFJlY29yZDxzdHJpbmcsIHN0cmluZz5cbn1cblxuLyoqIFRoZSBwYXRocyBhIHJlZGlyZWN0IG1heSBsZWFkIHRvLiAqL1xuZXhwb3J0IGludGVyZmFjZSBLbm93blBhdGhzIHtcbiAgLyoqIFBhZ2UgcGF0aHMsIHN1Y2ggYXMgYC9gIGFuZCBgL2NvbW11bml0eWAuICovXG4gIHBhZ2VzOiByZWFkb25seSBzdHJpbmdbXVxuICAvKiogT3RoZXIgZ2VuZXJhdGVkIHBhZ2VzLCBzdWNoIGFzIHRoZSBzaG9ydCBsaW5rcyBgL3IvMmAuICovXG4gIGdlbmVyYXRlZDogcmVhZG9ubHkgc3RyaW5nW11cbn1cblxuLyoqIFdoZXJlIHRoZSBsaXN0IGxpdmVzLCBmb3IgZXJyb3IgbWVzc2FnZXMuICovXG5leHBvcnQgY29uc3QgcmVkaXJlY3RzU291cmNlID0gJy52aXRlcHJlc3MvcmVkaXJlY3RzLnRzJ1xuXG5mdW5jdGlvbiBmYWlsKHJlZGlyZWN0OiBSZWRpcmVjdCwgcHJvYmxlbTogc3RyaW5nKTogbmV2ZXIge1xuICB0aHJvdyBuZXcgTGlua0Vycm9yKFxuICAgIGAke3JlZGlyZWN0c1NvdXJjZX06IHRoZSByZWRpcmVjdCBmcm9tIFwiJHtyZWRpcmVjdC5mcm9tfVwiICR7cHJvYmxlbX1gXG4gIClcbn1cblxuLyoqIFdoZXJlIENPTlRSSUJVVElORy5tZCBleHBsYWlucyBhbGlhc2VzLCBmb3IgdGhlIG1lc3NhZ2VzIHRoYXQgbmVlZCBvbmUuICovXG5jb25zdCBhbGlhc1JlY2lwZSA9XG4gICdhZGQgdGhlIG9sZCBpZCB0byB0aGUgYWxpYXNlcyBvZiB0aGUgcnVsZSB0aGF0IHJlcGxhY2VzIGl0IChDT05UUklCVVRJTkcubWQsIFwiUmVtb3Zpbmcgb3IgcmVuYW1pbmcgYSBydWxlXCIpJ1xuXG5mdW5jdGlvbiBjaGVja0Zyb20ocmVkaXJlY3Q6IFJlZGlyZWN0LCBrbm93bjogS25vd25QYXRocyk6IHZvaWQge1xuICBjb25zdCBbcGF0aCwgYW5jaG9yXSA9IHJlZGlyZWN0LmZyb20uc3BsaXQoJyMnKVxuICBpZiAocGF0aD8uc3RhcnRzV2l0aCgnLycpICYmIGFuY2hvciAmJiBrbm93bi5wYWdlcy5pbmNsdWRlcyhwYXRoKSkge1xuICAgIGZhaWwoXG4gICAgICByZWRpcmVjdCxcbiAgICAgIGBuYW1lcyB0aGUgYW5jaG9yICMke2FuY2hvcn0gb2YgYSBwYWdlIHRoYXQgZXhpc3RzLCBhbmQgYSByZWRpcmVjdCBjYW5ub3QgbW92ZSBvbmUgYW5jaG9yLiBGb3IgYSBydWxlJ3Mgb2xkIGlkLCAke2FsaWFzUmVjaXBlfTsgZm9yIGEgaGVhZGluZywgZ2l2ZSB0aGUgaGVhZGluZyB0aGF0IGlkIGFnYWluLmBcbiAgICApXG4gIH1cbiAgaWYgKCFyZWRpcmVjdC5mcm9tLnN0YXJ0c1dpdGgoJy8nKSB8fCAvWyM/XFxzXS8udGVzdChyZWRpcmVjdC5mcm9tKSkge1xuICAgIGZhaWwoXG4gICAgICByZWRpcmVjdCxcbiAgICAgICdpcyBub3QgYSBzaXRlIHBhdGguIFdyaXRlIHRoZSBvbGQgcGF0aCBmcm9tIHRoZSBzaXRlIHJvb3QsIHdpdGhvdXQgI2FuY2hvciBvciA/cXVlcnksIHN1Y2ggYXMgXCIvY29yZS9jb21tdW5pdHkuaHRtbFwiLidcbiAgICApXG4gIH1cbn1cblxuZnVuY3Rpb24gY2hlY2tUYXJnZXQocmVkaXJlY3Q6IFJlZGlyZWN0LCB0YXJnZXQ6IHN0cmluZyk6IHZvaWQge1xuICBpZiAoIXRhcmdldC5zdGFydHNXaXRoKCcvJykgfHwgL1s/XFxzXS8udGVzdCh0YXJnZXQpKSB7XG4gICAgZmFpbChcbiAgICAgIHJlZGlyZWN0LFxuICAgICAgYGdvZXMgdG8gXCIke3RhcmdldH1cIiwgd2hpY2ggaXMgbm90IGEgc2l0ZSBwYXRoLiBXcml0ZSB0aGUgbmV3IHBhdGggZnJvbSB0aGUgc2l0ZSByb290LCBzdWNoIGFzIFwiL2NvbW11bml0eSNqb2luLXNsYWNrXCIuYFxuICAgIClcbiAgfVxufVxuXG4vKiogQSByZWRpcmVjdCwgYW5kIHRoZSBwYWdlIGl0IGVuZHMgb24gYWZ0ZXIgYW55IGNoYWluIG9mIHJlZGlyZWN0cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgQ2hlY2tlZFJlZGlyZWN0IHtcbiAgcmVkaXJlY3Q6IFJlZGlyZWN0XG4gIC8qKiBBIHBhZ2UgcGF0aCwgc3VjaCBhcyBgL2NvbW11bml0eWAuICovXG4gIGZpbmFsUGFnZTogc3RyaW5nXG59XG5cbi8qKlxuICogVGhyb3dzIGEgYExpbmtFcnJvcmAgbmFtaW5nIHRoZSBmaXJzdCBiYWQgZW50cnkuIFJldHVybnMgZWFjaCByZWRpcmVjdFxuICogd2l0aCB0aGUgcGFnZSBpdCBlbmRzIG9uLlxuICovXG5leHBvcnQgZnVuY3Rpb24gY2hlY2tSZWRpcmVjdHMoXG4gIHJlZGlyZWN0czogcmVhZG9ubHkgUmVkaXJlY3RbXSxcbiAga25vd246IEtub3duUGF0aHNcbik6IENoZWNrZWRSZWRpcmVjdFtdIHtcbiAgY29uc3QgZXhpc3RpbmcgPSBuZXcgU2V0KFsuLi5rbm93bi5wYWdlcywgLi4ua25vd24uZ2VuZXJhdGVkXSlcbiAgY29uc3QgYnlGcm9tID0gbmV3IE1hcDxzdHJpbmcsIFJlZGlyZWN0PigpXG4gIGZvciAoY29uc3QgcmVkaXJlY3Qgb2YgcmVkaXJlY3RzKSB7XG4gICAgY2hlY2tGcm9tKHJlZGlyZWN0LCBrbm93bilcbiAgICBpZiAoYnlGcm9tLmhhcyhyZWRpcmVjdC5mcm9tKSlcbiAgICAgIGZhaWwocmVkaXJlY3QsICdpcyBsaXN0ZWQgdHdpY2UuIEtlZXAgb25lIGVudHJ5LicpXG4gICAgaWYgKGtub3duLmdlbmVyYXRlZC5pbmNsdWRlcyhyZWRpcmVjdC5mcm9tKSkge1xuICAgICAgZmFpbChcbiAgICAgICAgcmVkaXJlY3QsXG4gICAgICAgIGBoaWRlcyB0aGUgc2hvcnQgbGluayAke3JlZGlyZWN0LmZyb219IG9mIGEgcnVsZSB0aGF0IGV4aXN0cy4gQSBzaG9ydCBsaW5rIGxlYWRzIHRvIGl0cyBydWxlOyB0byBzZW5kIGFuIG9sZCBpZCBvciBudW1iZXIgdG8gYW5vdGhlciBydWxlLCAke2FsaWFzUmVjaXBlfSwgYW5kIHJlbW92ZSB0aGlzIHJlZGlyZWN0LmBcbiAgICAgIClcbiAgICB9XG4gICAgaWYgKGV4aXN0aW5nLmhhcyhyZWRpcmVjdC5mcm9tKSkge1xuICAgICAgZmFpbChcbiAgICAgICAgcmVkaXJlY3QsXG4gICAgICAgICdoaWRlcyBhIHBhZ2UgdGhhdCBleGlzdHMuIFJlbW92ZSB0aGUgcmVkaXJlY3QsIG9yIHRoZSBwYWdlIGl0IGhpZGVzLidcbiAgICAgIClcbiAgICB9XG4gICAgYnlGcm9tLnNldChyZWRpcmVjdC5mcm9tLCByZWRpcmVjdClcbiAgfVxuXG4gIGNvbnN0IGNoZWNrZWQ6IENoZWNrZWRSZWRpcmVjdFtdID0gW11cbiAgZm9yIChjb25zdCByZWRpcmVjdCBvZiByZWRpcmVjdHMpIHtcbiAgICBjb25zdCB0YXJnZXRzID0gW3JlZGlyZWN0LnRvLCAuLi5PYmplY3QudmFsdWVzKHJlZGlyZWN0LmFuY2hvcnMgPz8ge30pXVxuICAgIGZvciAoY29uc3QgdGFyZ2V0IG9mIHRhcmdldHMpIHtcbiAgICAgIGNoZWNrVGFyZ2V0KHJlZGlyZWN0LCB0YXJnZXQpXG4gICAgICAvLyBGb2xsb3cgdGhlIGNoYWluIG9mIHJlZGlyZWN0cywgcmVtZW1iZXJpbmcgZWFjaCBob3AgdG8gc3BvdCBhIGxvb3AuXG4gICAgICBjb25zdCBjaGFpbiA9IFtyZWRpcmVjdC5mcm9tXVxuICAgICAgbGV0IHBhdGggPSBzcGxpdEZyYWdtZW50KHRhcmdldCkucGF0aFxuICAgICAgZm9yIChsZXQgbmV4dCA9IGJ5RnJvbS5nZXQocGF0aCk7IG5leHQ7IG5leHQgPSBieUZyb20uZ2V0KHBhdGgpKSB7XG4gICAgICAgIGlmIChjaGFpbi5pbmNsdWRlcyhwYXRoKSkge1xuICAgICAgICAgIGZhaWwoXG4gICAgICAgICAgICByZWRpcmVjdCxcbiAgICAgICAgICAgIGBpcyBwYXJ0IG9mIGEgbG9vcDogJHtbLi4uY2hhaW4sIHBhdGhdLmpvaW4oJyBcdTIxOTIgJyl9LiBQb2ludCBvbmUgb2YgdGhlbSBhdCBhIHBhZ2UuYFxuICAgICAgICAgIClcbiAgICAgICAgfVxuICAgICAgICBjaGFpbi5wdXNoKHBhdGgpXG4gICAgICAgIHBhdGggPSBzcGxpdEZyYWdtZW50KG5leHQudG8pLnBhdGhcbiAgICAgIH1cbiAgICAgIGlmICghZXhpc3RpbmcuaGFzKHBhdGgpKSB7XG4gICAgICAgIGNvbnN0IHZpYSA9XG4gICAgICAgICAgY2hhaW4ubGVuZ3RoID4gMSA/IGAgKHZpYSAke2NoYWluLnNsaWNlKDEpLmpvaW4oJyBcdTIxOTIgJyl9KWAgOiAnJ1xuICAgICAgICBmYWlsKFxuICAgICAgICAgIHJlZGlyZWN0LFxuICAgICAgICAgIGBnb2VzIHRvIFwiJHtwYXRofVwiJHt2aWF9LCB3aGljaCBpcyBub3QgYSBwYWdlIG9mIHRoZSBzaXRlLiBQYWdlczogJHtrbm93bi5wYWdlcy5qb2luKCcsICcpfS5gXG4gICAgICAgIClcbiAgICAgIH1cbiAgICAgIGlmICh0YXJnZXQgPT09IHJlZGlyZWN0LnRvKSBjaGVja2VkLnB1c2goeyByZWRpcmVjdCwgZmluYWxQYWdlOiBwYXRoIH0pXG4gICAgfVxuICB9XG4gIHJldHVybiBjaGVja2VkXG59XG5cbi8qKiBUaGUgYF9yZWRpcmVjdHNgIGZpbGUgdGhhdCBOZXRsaWZ5IGFuZCBDbG91ZGZsYXJlIFBhZ2VzIHJlYWQ6IHBlcm1hbmVudCByZWRpcmVjdHMuICovXG5leHBvcnQgZnVuY3Rpb24gcmVkaXJlY3RzRmlsZShyZWRpcmVjdHM6IHJlYWRvbmx5IFJlZGlyZWN0W10pOiBzdHJpbmcge1xuICBjb25zdCBoZWFkZXIgPSBbXG4gICAgYCMgR2VuZXJhdGVkIGZyb20gJHtyZWRpcmVjdHNTb3VyY2V9IGJ5IHRoZSBzaXRlIGJ1aWxkLiBEbyBub3QgZWRpdC5gLFxuICAgICcjIEVhY2ggb2xkIHBhdGggYWxzbyBoYXMgYSBzdGF0aWMgcGFnZSB0aGF0IHJlZGlyZWN0cywgZm9yIG90aGVyIGhvc3RzLidcbiAgXVxuICByZXR1cm4gYCR7Wy4uLmhlYWRlciwgLi4ucmVkaXJlY3RzLm1hcCgoeyBmcm9tLCB0byB9KSA9PiBgJHtmcm9tfSAke3RvfSAzMDFgKV0uam9pbignXFxuJyl9XFxuYFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2xpbmtzL3J1bGVzLWpzb24udHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9saW5rcy9ydWxlcy1qc29uLnRzXCI7LyoqXG4gKiBgL3J1bGVzLmpzb25gOiB0aGUgU2xhY2sgcnVsZXMgZm9yIGJvdHMsIHN1Y2ggYXMgYSBTbGFjayBhcHAgdGhhdCBhbnN3ZXJzXG4gKiBcInJ1bGUgNFwiIHdpdGggdGhlIHJ1bGUncyB0aXRsZSwgc3VtbWFyeSBhbmQgbGluay5cbiAqL1xuaW1wb3J0IHsgYWJzb2x1dGVVcmwgfSBmcm9tICcuL3BhdGhzJ1xuaW1wb3J0IHsgcGVybWFuZW50U2hvcnRMaW5rLCBydWxlUGFnZVVybCB9IGZyb20gJy4vc2hvcnQtbGlua3MnXG5pbXBvcnQgdHlwZSB7IFJ1bGUgfSBmcm9tICcuLi9ydWxlcy9ydWxlJ1xuXG5leHBvcnQgaW50ZXJmYWNlIFB1Ymxpc2hlZFJ1bGUge1xuICBpZDogc3RyaW5nXG4gIG51bWJlcjogbnVtYmVyXG4gIHRpdGxlOiBzdHJpbmdcbiAgc3VtbWFyeTogc3RyaW5nXG4gIC8qKiBUaGUgcnVsZSBvbiB0aGUgU2xhY2sgcnVsZXMgcGFnZS4gKi9cbiAgdXJsOiBzdHJpbmdcbiAgLyoqIFRoZSBzaG9ydCBsaW5rIHdob3NlIHByZXZpZXcgc2hvd3MgdGhpcyBydWxlIChidWlsdCBvbiB0aGUgaWQsIHNvIGl0IG5ldmVyIGNoYW5nZXMpLiAqL1xuICBzaG9ydFVybDogc3RyaW5nXG4gIC8qKiBGb3JtZXIgaWRzLCBzdGlsbCBzZXJ2ZWQgYXMgYW5jaG9ycyBhbmQgc2hvcnQgbGlua3MuICovXG4gIGFsaWFzZXM6IHN0cmluZ1tdXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBydWxlc0pzb24oXG4gIHJ1bGVzOiByZWFkb25seSBSdWxlW10sXG4gIHNpdGVVcmw6IHN0cmluZ1xuKTogeyBydWxlczogUHVibGlzaGVkUnVsZVtdIH0ge1xuICByZXR1cm4ge1xuICAgIHJ1bGVzOiBydWxlcy5tYXAoKHJ1bGUpID0+ICh7XG4gICAgICBpZDogcnVsZS5pZCxcbiAgICAgIG51bWJlcjogcnVsZS5udW1iZXIsXG4gICAgICB0aXRsZTogcnVsZS50aXRsZSxcbiAgICAgIHN1bW1hcnk6IHJ1bGUuc3VtbWFyeSxcbiAgICAgIHVybDogYWJzb2x1dGVVcmwoc2l0ZVVybCwgcnVsZVBhZ2VVcmwocnVsZSkpLFxuICAgICAgc2hvcnRVcmw6IGFic29sdXRlVXJsKHNpdGVVcmwsIHBlcm1hbmVudFNob3J0TGluayhydWxlKSksXG4gICAgICBhbGlhc2VzOiBydWxlLmFsaWFzZXNcbiAgICB9KSlcbiAgfVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzL2J1aWxkLXNvY2lhbC1jYXJkcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzL2J1aWxkLXNvY2lhbC1jYXJkcy50c1wiOy8qKlxuICogVGhlIGJ1aWxkIHN0ZXAgdGhhdCBkcmF3cyB0aGUgc29jaWFsIGNhcmRzOiBvbmUgZm9yIHRoZSBzaXRlLCBvbmUgcGVyXG4gKiBwYWdlIGFuZCBvbmUgcGVyIHJ1bGUsIGZyb20gdGhpcyBidWlsZCdzIHBhZ2UgZGF0YSAoYGJ1aWxkRW5kYCkuXG4gKi9cbmltcG9ydCB7IHJlbGF0aXZlIH0gZnJvbSAnbm9kZTpwYXRoJ1xuaW1wb3J0IHR5cGUgeyBTaXRlQ29uZmlnIH0gZnJvbSAndml0ZXByZXNzJ1xuaW1wb3J0IHR5cGUgeyBDb21tdW5pdHkgfSBmcm9tICcuLi9jb21tdW5pdHkvdHlwZXMnXG5pbXBvcnQgdHlwZSB7IFJ1bGUgfSBmcm9tICcuLi9ydWxlcy9ydWxlJ1xuaW1wb3J0IHR5cGUgeyBMaW5rUHJldmlldyB9IGZyb20gJy4vbGluay1wcmV2aWV3J1xuaW1wb3J0IHsgcGFnZUNhcmQgfSBmcm9tICcuL3BhZ2UtcHJldmlldydcbmltcG9ydCB7IHJlYWRMb2dvLCB3cml0ZVNvY2lhbENhcmRzIH0gZnJvbSAnLi9zb2NpYWwtY2FyZC1maWxlcydcbmltcG9ydCB7IHJ1bGVTb2NpYWxDYXJkLCBzaXRlU29jaWFsQ2FyZCwgdHlwZSBTb2NpYWxDYXJkIH0gZnJvbSAnLi9zb2NpYWwtY2FyZHMnXG5cbmV4cG9ydCBpbnRlcmZhY2UgU2l0ZUNhcmRzSW5wdXQge1xuICBjb21tdW5pdHk6IENvbW11bml0eVxuICAvKiogRWFjaCBwYWdlJ3MgdGl0bGUsIGJ5IHBhZ2UgcGF0aCAoYC9gLCBgL2NvbW11bml0eWApLiAqL1xuICBwYWdlczogUmVhZG9ubHlNYXA8c3RyaW5nLCBQaWNrPExpbmtQcmV2aWV3LCAndGl0bGUnPj5cbiAgcnVsZXM6IHJlYWRvbmx5IFJ1bGVbXVxuICAvKiogVGhlIHRpdGxlIG9mIHRoZSBwYWdlIHRoYXQgaG9sZHMgdGhlIHJ1bGVzLiAqL1xuICBydWxlc1RpdGxlOiBzdHJpbmdcbn1cblxuLyoqIEV2ZXJ5IGNhcmQgdGhlIHNpdGUncyBwcmV2aWV3cyBuYW1lLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNpdGVTb2NpYWxDYXJkcyhpbnB1dDogU2l0ZUNhcmRzSW5wdXQpOiBTb2NpYWxDYXJkW10ge1xuICBjb25zdCB7IGNvbW11bml0eSB9ID0gaW5wdXRcbiAgcmV0dXJuIFtcbiAgICBzaXRlU29jaWFsQ2FyZChjb21tdW5pdHkpLFxuICAgIC4uLlsuLi5pbnB1dC5wYWdlc10ubWFwKChbcGF0aCwgeyB0aXRsZSB9XSkgPT5cbiAgICAgIHBhZ2VDYXJkKHsgcGF0aCwgdGl0bGUgfSwgY29tbXVuaXR5KVxuICAgICksXG4gICAgLi4uaW5wdXQucnVsZXMubWFwKChydWxlKSA9PlxuICAgICAgcnVsZVNvY2lhbENhcmQocnVsZSwgY29tbXVuaXR5LCBpbnB1dC5ydWxlc1RpdGxlKVxuICAgIClcbiAgXVxufVxuXG5leHBvcnQgYXN5bmMgZnVuY3Rpb24gYnVpbGRTb2NpYWxDYXJkcyhcbiAgaW5wdXQ6IFNpdGVDYXJkc0lucHV0ICYgeyBzaXRlQ29uZmlnOiBTaXRlQ29uZmlnOyBsb2dvRmlsZTogc3RyaW5nIH1cbik6IFByb21pc2U8dm9pZD4ge1xuICBjb25zdCBzdGFydGVkID0gcGVyZm9ybWFuY2Uubm93KClcbiAgY29uc3QgeyBkcmF3biwgY2FjaGVkIH0gPSBhd2FpdCB3cml0ZVNvY2lhbENhcmRzKHtcbiAgICBjYXJkczogc2l0ZVNvY2lhbENhcmRzKGlucHV0KSxcbiAgICBvdXREaXI6IGlucHV0LnNpdGVDb25maWcub3V0RGlyLFxuICAgIGNhY2hlRGlyOiBpbnB1dC5zaXRlQ29uZmlnLmNhY2hlRGlyLFxuICAgIGxvZ29Tdmc6IHJlYWRMb2dvKFxuICAgICAgaW5wdXQubG9nb0ZpbGUsXG4gICAgICByZWxhdGl2ZShpbnB1dC5zaXRlQ29uZmlnLnJvb3QsIGlucHV0LmxvZ29GaWxlKVxuICAgIClcbiAgfSlcbiAgY29uc3Qgc2Vjb25kcyA9ICgocGVyZm9ybWFuY2Uubm93KCkgLSBzdGFydGVkKSAvIDEwMDApLnRvRml4ZWQoMSlcbiAgaW5wdXQuc2l0ZUNvbmZpZy5sb2dnZXIuaW5mbyhcbiAgICBgc29jaWFsIGNhcmRzOiAke2RyYXdufSBkcmF3biwgJHtjYWNoZWR9IGZyb20gdGhlIGNhY2hlLCBpbiAke3NlY29uZHN9c2BcbiAgKVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzL3NvY2lhbC1jYXJkLWZpbGVzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcHJldmlld3Mvc29jaWFsLWNhcmQtZmlsZXMudHNcIjsvKipcbiAqIFdyaXRlcyB0aGUgc29jaWFsIGNhcmRzIGludG8gdGhlIGJ1aWxkIG91dHB1dCwgYXQgdGhlIGVuZCBvZiB0aGUgYnVpbGQuXG4gKiBFYWNoIGNhcmQgaXMgZHJhd24gZnJvbSB0aGUgcGFnZSBkYXRhIG9mIHRoaXMgYnVpbGQsIHNvIG5vbmUgY2FuIGJlIHN0YWxlLFxuICogYW5kIGEgY2FyZCBvZiBhIHBhZ2Ugb3IgcnVsZSB0aGF0IGlzIGdvbmUgaXMgc2ltcGx5IG5vdCB3cml0dGVuLlxuICpcbiAqIERyYXdpbmcgYSBjYXJkIHRha2VzIGEgZmV3IGh1bmRyZWQgbWlsbGlzZWNvbmRzLCBzbyBlYWNoIFBORyBpcyBrZXB0IGluXG4gKiBWaXRlUHJlc3MncyBjYWNoZSBmb2xkZXIgdW5kZXIgYSBoYXNoIG9mIHdoYXQgaXQgc2hvd3M6IGEgYnVpbGQgcmVkcmF3c1xuICogb25seSB0aGUgY2FyZHMgd2hvc2UgdGV4dCBjaGFuZ2VkLlxuICovXG5pbXBvcnQgeyBjcmVhdGVIYXNoIH0gZnJvbSAnbm9kZTpjcnlwdG8nXG5pbXBvcnQgeyBleGlzdHNTeW5jLCBta2RpclN5bmMsIHJlYWRGaWxlU3luYywgd3JpdGVGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5pbXBvcnQgeyBkaXJuYW1lLCBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJ1xuaW1wb3J0IHsgQ29udGVudEVycm9yIH0gZnJvbSAnLi4vY29udGVudC1lcnJvcidcbmltcG9ydCB7XG4gIGxvYWRDYXJkRm9udHMsXG4gIHJlbmRlclNvY2lhbENhcmQsXG4gIHNvY2lhbENhcmRMYXlvdXRWZXJzaW9uLFxuICBzdmdEYXRhVXJsLFxuICB0eXBlIFNvY2lhbENhcmRBc3NldHNcbn0gZnJvbSAnLi9zb2NpYWwtY2FyZC1yZW5kZXInXG5pbXBvcnQgdHlwZSB7IFNvY2lhbENhcmQgfSBmcm9tICcuL3NvY2lhbC1jYXJkcydcblxuZXhwb3J0IGludGVyZmFjZSBXcml0ZVNvY2lhbENhcmRzSW5wdXQge1xuICBjYXJkczogcmVhZG9ubHkgU29jaWFsQ2FyZFtdXG4gIC8qKiBUaGUgYnVpbGQgb3V0cHV0LCBzdWNoIGFzIGAudml0ZXByZXNzL2Rpc3RgLiAqL1xuICBvdXREaXI6IHN0cmluZ1xuICAvKiogVml0ZVByZXNzJ3MgY2FjaGUgZm9sZGVyLCBzdWNoIGFzIGAudml0ZXByZXNzL2NhY2hlYC4gKi9cbiAgY2FjaGVEaXI6IHN0cmluZ1xuICAvKiogVGhlIHNpdGUncyBsb2dvLCBhcyBTVkcgbWFya3VwLiAqL1xuICBsb2dvU3ZnOiBzdHJpbmdcbn1cblxuZXhwb3J0IGludGVyZmFjZSBXcml0ZVNvY2lhbENhcmRzUmVzdWx0IHtcbiAgLyoqIENhcmRzIGRyYXduIGJ5IHRoaXMgYnVpbGQuICovXG4gIGRyYXduOiBudW1iZXJcbiAgLyoqIENhcmRzIHRha2VuIGZyb20gdGhlIGNhY2hlLiAqL1xuICBjYWNoZWQ6IG51bWJlclxufVxuXG4vKipcbiAqIFJlYWRzIHRoZSBsb2dvIHRoZSBjYXJkcyBzaG93ICh0aGUgc2l0ZSdzIGZhdmljb24uc3ZnKS4gYHNob3duQXNgIGlzIHRoZVxuICogZmlsZSdzIG5hbWUgaW4gbWVzc2FnZXMsIHN1Y2ggYXMgYHB1YmxpYy9mYXZpY29uLnN2Z2AuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiByZWFkTG9nbyhmaWxlOiBzdHJpbmcsIHNob3duQXM6IHN0cmluZyk6IHN0cmluZyB7XG4gIGlmICghZXhpc3RzU3luYyhmaWxlKSkge1xuICAgIHRocm93IG5ldyBDb250ZW50RXJyb3IoXG4gICAgICBzaG93bkFzLFxuICAgICAgJ3RoZSBzaXRlIGhhcyBubyBsb2dvIGZvciBpdHMgc29jaWFsIGNhcmRzLicsXG4gICAgICBgQWRkIGFuIFNWRyBsb2dvIGF0ICR7c2hvd25Bc30gKHRoZSBmYXZpY29uKS5gXG4gICAgKVxuICB9XG4gIGNvbnN0IHN2ZyA9IHJlYWRGaWxlU3luYyhmaWxlLCAndXRmOCcpXG4gIGlmICghLzxzdmdbXFxzPl0vLnRlc3Qoc3ZnKSkge1xuICAgIHRocm93IG5ldyBDb250ZW50RXJyb3IoXG4gICAgICBzaG93bkFzLFxuICAgICAgJ3RoZSBsb2dvIGlzIG5vdCBhbiBTVkcgaW1hZ2UuJyxcbiAgICAgICdTYXZlIHRoZSBsb2dvIGFzIFNWRzogc29jaWFsIGNhcmRzIGFuZCB0aGUgZmF2aWNvbiB1c2UgaXQuJ1xuICAgIClcbiAgfVxuICByZXR1cm4gc3ZnXG59XG5cbi8qKiBDaGFuZ2VzIHdoZW5ldmVyIHRoZSBjYXJkJ3MgcGljdHVyZSB3b3VsZDogaXRzIHRleHQsIHRoZSBsb2dvLCB0aGUgbGF5b3V0LiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNvY2lhbENhcmRIYXNoKGNhcmQ6IFNvY2lhbENhcmQsIGxvZ29Tdmc6IHN0cmluZyk6IHN0cmluZyB7XG4gIGNvbnN0IHsgZXllYnJvdywgdGl0bGUsIHRleHQsIHNpdGVOYW1lIH0gPSBjYXJkXG4gIHJldHVybiBjcmVhdGVIYXNoKCdzaGEyNTYnKVxuICAgIC51cGRhdGUoXG4gICAgICBKU09OLnN0cmluZ2lmeSh7XG4gICAgICAgIGxheW91dDogc29jaWFsQ2FyZExheW91dFZlcnNpb24sXG4gICAgICAgIGNhcmQ6IHsgZXllYnJvdywgdGl0bGUsIHRleHQsIHNpdGVOYW1lIH0sXG4gICAgICAgIGxvZ29TdmdcbiAgICAgIH0pXG4gICAgKVxuICAgIC5kaWdlc3QoJ2hleCcpXG4gICAgLnNsaWNlKDAsIDIwKVxufVxuXG4vKiogV3JpdGVzIGVhY2ggY2FyZCB0byBgPG91dERpcj48Y2FyZC5wYXRoPmA7IGNhcmRzIHdpdGggdGhlIHNhbWUgcGF0aCBvbmNlLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHdyaXRlU29jaWFsQ2FyZHMoXG4gIGlucHV0OiBXcml0ZVNvY2lhbENhcmRzSW5wdXRcbik6IFByb21pc2U8V3JpdGVTb2NpYWxDYXJkc1Jlc3VsdD4ge1xuICBjb25zdCBjYWNoZUZvbGRlciA9IGpvaW4oaW5wdXQuY2FjaGVEaXIsICdzb2NpYWwtY2FyZHMnKVxuICBta2RpclN5bmMoY2FjaGVGb2xkZXIsIHsgcmVjdXJzaXZlOiB0cnVlIH0pXG4gIGxldCBhc3NldHM6IFNvY2lhbENhcmRBc3NldHMgfCB1bmRlZmluZWRcbiAgY29uc3QgcmVzdWx0OiBXcml0ZVNvY2lhbENhcmRzUmVzdWx0ID0geyBkcmF3bjogMCwgY2FjaGVkOiAwIH1cbiAgY29uc3QgdW5pcXVlID0gbmV3IE1hcChpbnB1dC5jYXJkcy5tYXAoKGNhcmQpID0+IFtjYXJkLnBhdGgsIGNhcmRdKSlcbiAgZm9yIChjb25zdCBjYXJkIG9mIHVuaXF1ZS52YWx1ZXMoKSkge1xuICAgIGNvbnN0IGNhY2hlZCA9IGpvaW4oXG4gICAgICBjYWNoZUZvbGRlcixcbiAgICAgIGAke3NvY2lhbENhcmRIYXNoKGNhcmQsIGlucHV0LmxvZ29TdmcpfS5wbmdgXG4gICAgKVxuICAgIGlmIChleGlzdHNTeW5jKGNhY2hlZCkpIHtcbiAgICAgIHJlc3VsdC5jYWNoZWQrK1xuICAgIH0gZWxzZSB7XG4gICAgICAvLyBUaGUgZm9udHMgYXJlIHJlYWQgb25seSB3aGVuIGEgY2FyZCBoYXMgdG8gYmUgZHJhd24uXG4gICAgICBhc3NldHMgPz89IHtcbiAgICAgICAgZm9udHM6IGxvYWRDYXJkRm9udHMoKSxcbiAgICAgICAgbG9nb1VybDogc3ZnRGF0YVVybChpbnB1dC5sb2dvU3ZnKVxuICAgICAgfVxuICAgICAgd3JpdGVGaWxlU3luYyhjYWNoZWQsIGF3YWl0IHJlbmRlclNvY2lhbENhcmQoY2FyZCwgYXNzZXRzKSlcbiAgICAgIHJlc3VsdC5kcmF3bisrXG4gICAgfVxuICAgIGNvbnN0IGZpbGUgPSBqb2luKGlucHV0Lm91dERpciwgY2FyZC5wYXRoKVxuICAgIG1rZGlyU3luYyhkaXJuYW1lKGZpbGUpLCB7IHJlY3Vyc2l2ZTogdHJ1ZSB9KVxuICAgIHdyaXRlRmlsZVN5bmMoZmlsZSwgcmVhZEZpbGVTeW5jKGNhY2hlZCkpXG4gIH1cbiAgcmV0dXJuIHJlc3VsdFxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzL3NvY2lhbC1jYXJkLXJlbmRlci50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3ByZXZpZXdzL3NvY2lhbC1jYXJkLXJlbmRlci50c1wiOy8qKlxuICogRHJhd3MgYSBzb2NpYWwgY2FyZCBhcyBhIDEyMDBcdTAwRDc2MzAgUE5HLCB3aXRob3V0IGEgYnJvd3Nlcjogc2F0b3JpIGxheXMgb3V0XG4gKiBhIHRyZWUgb2YgZWxlbWVudHMgaW50byBTVkcsIGFuZCByZXN2ZyB0dXJucyB0aGUgU1ZHIGludG8gYSBQTkcuXG4gKlxuICogVGhlIGNhcmQncyB0ZXh0IGdvZXMgaW50byB0aGUgdHJlZSBhcyBwbGFpbiBzdHJpbmdzLCBuZXZlciBhcyBtYXJrdXAsIHNvXG4gKiBhIHRpdGxlIHN1Y2ggYXMgYDxpbWcgc3JjPXg+YCBpcyBkcmF3biBhcyB0aG9zZSBjaGFyYWN0ZXJzLiBTYXRvcmkgcmVhZHNcbiAqIC53b2ZmIGFuZCAudHRmIGZvbnRzLCBub3QgLndvZmYyOiB0aGUgZm9udHMgYXJlIEBmb250c291cmNlL2ludGVyJ3MgLndvZmYuXG4gKi9cbmltcG9ydCB7IHJlYWRGaWxlU3luYyB9IGZyb20gJ25vZGU6ZnMnXG5pbXBvcnQgeyBjcmVhdGVSZXF1aXJlIH0gZnJvbSAnbm9kZTptb2R1bGUnXG5pbXBvcnQgeyBkaXJuYW1lLCBqb2luIH0gZnJvbSAnbm9kZTpwYXRoJ1xuaW1wb3J0IHsgUmVzdmcgfSBmcm9tICdAcmVzdmcvcmVzdmctanMnXG5pbXBvcnQgc2F0b3JpLCB7IHR5cGUgRm9udCB9IGZyb20gJ3NhdG9yaSdcbmltcG9ydCB7IHNvY2lhbENhcmRTaXplLCB0eXBlIFNvY2lhbENhcmQgfSBmcm9tICcuL3NvY2lhbC1jYXJkcydcblxuLyoqIFdoYXQgZXZlcnkgY2FyZCBzaGFyZXM6IHRoZSBmb250cyBhbmQgdGhlIHNpdGUncyBsb2dvLiAqL1xuZXhwb3J0IGludGVyZmFjZSBTb2NpYWxDYXJkQXNzZXRzIHtcbiAgZm9udHM6IEZvbnRbXVxuICAvKiogVGhlIGxvZ28gYXMgYSBgZGF0YTpgIFVSTCwgc3VjaCBhcyB0aGUgc2l0ZSdzIGZhdmljb24uc3ZnLiAqL1xuICBsb2dvVXJsOiBzdHJpbmdcbn1cblxuLyoqIENvbG91cnMgb2YgdGhlIHNpdGUncyBicmFuZCAoYC0tdnAtYy1icmFuZC0xYCBpbiB0aGUgbGlnaHQgdGhlbWUpLiAqL1xuY29uc3QgYnJhbmQgPSAnIzI5NDRkNidcbmNvbnN0IGluayA9ICcjZmZmZmZmJ1xuY29uc3QgaW5rU29mdCA9ICcjZGZlNGZmJ1xuXG4vKiogQnVtcGVkIHdoZW5ldmVyIHRoZSBsYXlvdXQgYmVsb3cgY2hhbmdlcywgc28gY2FjaGVkIGNhcmRzIGFyZSByZWRyYXduLiAqL1xuZXhwb3J0IGNvbnN0IHNvY2lhbENhcmRMYXlvdXRWZXJzaW9uID0gMVxuXG4vKiogVGhlIGZvbnRzIGEgY2FyZCB1c2VzOiBJbnRlciwgcmVndWxhciBhbmQgYm9sZCwgTGF0aW4gYW5kIExhdGluIEV4dGVuZGVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGxvYWRDYXJkRm9udHMoKTogRm9udFtdIHtcbiAgY29uc3QgcmVxdWlyZSA9IGNyZWF0ZVJlcXVpcmUoaW1wb3J0Lm1ldGEudXJsKVxuICBjb25zdCBmb2xkZXIgPSBqb2luKFxuICAgIGRpcm5hbWUocmVxdWlyZS5yZXNvbHZlKCdAZm9udHNvdXJjZS9pbnRlci9wYWNrYWdlLmpzb24nKSksXG4gICAgJ2ZpbGVzJ1xuICApXG4gIHJldHVybiAoWydsYXRpbicsICdsYXRpbi1leHQnXSBhcyBjb25zdCkuZmxhdE1hcCgoc3Vic2V0KSA9PlxuICAgIChbNDAwLCA3MDBdIGFzIGNvbnN0KS5tYXAoKHdlaWdodCk6IEZvbnQgPT4gKHtcbiAgICAgIG5hbWU6ICdJbnRlcicsXG4gICAgICBkYXRhOiByZWFkRmlsZVN5bmMoam9pbihmb2xkZXIsIGBpbnRlci0ke3N1YnNldH0tJHt3ZWlnaHR9LW5vcm1hbC53b2ZmYCkpLFxuICAgICAgd2VpZ2h0LFxuICAgICAgc3R5bGU6ICdub3JtYWwnXG4gICAgfSkpXG4gIClcbn1cblxuLyoqIEFuIFNWRyBmaWxlIGFzIGEgYGRhdGE6YCBVUkwsIGZvciB0aGUgY2FyZCdzIGxvZ28uICovXG5leHBvcnQgZnVuY3Rpb24gc3ZnRGF0YVVybChzdmc6IHN0cmluZyk6IHN0cmluZyB7XG4gIHJldHVybiBgZGF0YTppbWFnZS9zdmcreG1sO2Jhc2U2NCwke0J1ZmZlci5mcm9tKHN2ZykudG9TdHJpbmcoJ2Jhc2U2NCcpfWBcbn1cblxudHlwZSBTdHlsZSA9IFJlY29yZDxzdHJpbmcsIHN0cmluZyB8IG51bWJlcj5cblxuLyoqIEFuIGVsZW1lbnQgYXMgc2F0b3JpIHJlYWRzIGl0OiB0aGUgc2hhcGUgb2YgYSBSZWFjdCBlbGVtZW50LiAqL1xuZXhwb3J0IGludGVyZmFjZSBDYXJkRWxlbWVudCB7XG4gIHR5cGU6ICdkaXYnIHwgJ2ltZydcbiAga2V5OiBudWxsXG4gIHByb3BzOiB7XG4gICAgc3R5bGU6IFN0eWxlXG4gICAgY2hpbGRyZW46IENhcmRFbGVtZW50W10gfCBzdHJpbmdcbiAgICBbYXR0cmlidXRlOiBzdHJpbmddOiB1bmtub3duXG4gIH1cbn1cblxuZnVuY3Rpb24gZWxlbWVudChcbiAgdHlwZTogQ2FyZEVsZW1lbnRbJ3R5cGUnXSxcbiAgc3R5bGU6IFN0eWxlLFxuICBjaGlsZHJlbjogQ2FyZEVsZW1lbnRbXSB8IHN0cmluZyxcbiAgYXR0cmlidXRlczogUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgbnVtYmVyPiA9IHt9XG4pOiBDYXJkRWxlbWVudCB7XG4gIHJldHVybiB7IHR5cGUsIGtleTogbnVsbCwgcHJvcHM6IHsgLi4uYXR0cmlidXRlcywgc3R5bGUsIGNoaWxkcmVuIH0gfVxufVxuXG4vKiogTG9uZyB0aXRsZXMgZ2V0IGEgc21hbGxlciBzaXplLCBzbyB0aGV5IGZpdCBpbiB0aHJlZSBsaW5lcy4gKi9cbmV4cG9ydCBmdW5jdGlvbiB0aXRsZVNpemUodGl0bGU6IHN0cmluZyk6IG51bWJlciB7XG4gIHJldHVybiB0aXRsZS5sZW5ndGggPiA2MCA/IDYwIDogdGl0bGUubGVuZ3RoID4gMzIgPyA3MiA6IDg4XG59XG5cbi8qKiBUaGUgY2FyZCBhcyBzYXRvcmkncyBlbGVtZW50IHRyZWUuICovXG5leHBvcnQgZnVuY3Rpb24gc29jaWFsQ2FyZFRyZWUoY2FyZDogU29jaWFsQ2FyZCwgbG9nb1VybDogc3RyaW5nKTogQ2FyZEVsZW1lbnQge1xuICAvLyBTYXRvcmkgY2xhbXBzIG9ubHkgYmxvY2tzOyB0aGUgd2lkdGgga2VlcHMgZWFjaCBibG9jayBpbnNpZGUgdGhlIHBhZGRpbmcuXG4gIGNvbnN0IGNsYW1wID0gKGxpbmVzOiBudW1iZXIpOiBTdHlsZSA9PiAoe1xuICAgIGRpc3BsYXk6ICdibG9jaycsXG4gICAgbGluZUNsYW1wOiBsaW5lcyxcbiAgICB3aWR0aDogJzEwMCUnXG4gIH0pXG4gIGNvbnN0IG1haW4gPSBlbGVtZW50KFxuICAgICdkaXYnLFxuICAgIHsgZGlzcGxheTogJ2ZsZXgnLCBmbGV4RGlyZWN0aW9uOiAnY29sdW1uJywgd2lkdGg6ICcxMDAlJyB9LFxuICAgIFtcbiAgICAgIC4uLihjYXJkLmV5ZWJyb3dcbiAgICAgICAgPyBbXG4gICAgICAgICAgICBlbGVtZW50KFxuICAgICAgICAgICAgICAnZGl2JyxcbiAgICAgICAgICAgICAgeyBmb250U2l6ZTogMzIsIGZvbnRXZWlnaHQ6IDcwMCwgY29sb3I6IGlua1NvZnQsIC4uLmNsYW1wKDEpIH0sXG4gICAgICAgICAgICAgIGNhcmQuZXllYnJvd1xuICAgICAgICAgICAgKVxuICAgICAgICAgIF1cbiAgICAgICAgOiBbXSksXG4gICAgICBlbGVtZW50KFxuICAgICAgICAnZGl2JyxcbiAgICAgICAge1xuICAgICAgICAgIG1hcmdpblRvcDogY2FyZC5leWVicm93ID8gMjggOiAwLFxuICAgICAgICAgIGZvbnRTaXplOiB0aXRsZVNpemUoY2FyZC50aXRsZSksXG4gICAgICAgICAgZm9udFdlaWdodDogNzAwLFxuICAgICAgICAgIGxpbmVIZWlnaHQ6IDEuMSxcbiAgICAgICAgICBsZXR0ZXJTcGFjaW5nOiAnLTAuMDJlbScsXG4gICAgICAgICAgLi4uY2xhbXAoMylcbiAgICAgICAgfSxcbiAgICAgICAgY2FyZC50aXRsZVxuICAgICAgKSxcbiAgICAgIC4uLihjYXJkLnRleHRcbiAgICAgICAgPyBbXG4gICAgICAgICAgICBlbGVtZW50KFxuICAgICAgICAgICAgICAnZGl2JyxcbiAgICAgICAgICAgICAge1xuICAgICAgICAgICAgICAgIG1hcmdpblRvcDogMjgsXG4gICAgICAgICAgICAgICAgZm9udFNpemU6IDMyLFxuICAgICAgICAgICAgICAgIGxpbmVIZWlnaHQ6IDEuMzUsXG4gICAgICAgICAgICAgICAgY29sb3I6IGlua1NvZnQsXG4gICAgICAgICAgICAgICAgLi4uY2xhbXAoMylcbiAgICAgICAgICAgICAgfSxcbiAgICAgICAgICAgICAgY2FyZC50ZXh0XG4gICAgICAgICAgICApXG4gICAgICAgICAgXVxuICAgICAgICA6IFtdKVxuICAgIF1cbiAgKVxuICAvLyBUaGUgbG9nbyBzaXRzIG9uIGEgd2hpdGUgdGlsZSwgc28gYW55IGxvZ28gc3RhbmRzIG91dCBvbiB0aGUgYnJhbmQgYmx1ZS5cbiAgY29uc3QgbG9nbyA9IGVsZW1lbnQoXG4gICAgJ2RpdicsXG4gICAge1xuICAgICAgZGlzcGxheTogJ2ZsZXgnLFxuICAgICAgcGFkZGluZzogOCxcbiAgICAgIGJvcmRlclJhZGl1czogMTgsXG4gICAgICBiYWNrZ3JvdW5kQ29sb3I6IGlua1xuICAgIH0sXG4gICAgW2VsZW1lbnQoJ2ltZycsIHt9LCBbXSwgeyBzcmM6IGxvZ29VcmwsIHdpZHRoOiA1NiwgaGVpZ2h0OiA1NiB9KV1cbiAgKVxuICBjb25zdCBmb290ZXIgPSBlbGVtZW50KFxuICAgICdkaXYnLFxuICAgIHsgZGlzcGxheTogJ2ZsZXgnLCBhbGlnbkl0ZW1zOiAnY2VudGVyJywgZ2FwOiAyMCwgZm9udFNpemU6IDMwIH0sXG4gICAgY2FyZC5zaXRlTmFtZSA9PT0gY2FyZC50aXRsZVxuICAgICAgPyBbbG9nb11cbiAgICAgIDogW2xvZ28sIGVsZW1lbnQoJ2RpdicsIHsgZm9udFdlaWdodDogNzAwIH0sIGNhcmQuc2l0ZU5hbWUpXVxuICApXG4gIHJldHVybiBlbGVtZW50KFxuICAgICdkaXYnLFxuICAgIHtcbiAgICAgIGRpc3BsYXk6ICdmbGV4JyxcbiAgICAgIGZsZXhEaXJlY3Rpb246ICdjb2x1bW4nLFxuICAgICAganVzdGlmeUNvbnRlbnQ6ICdzcGFjZS1iZXR3ZWVuJyxcbiAgICAgIC8vIFNhdG9yaSBzaXplcyBib3hlcyB3aXRob3V0IHRoZWlyIHBhZGRpbmcgdW5sZXNzIHRvbGQgb3RoZXJ3aXNlLlxuICAgICAgYm94U2l6aW5nOiAnYm9yZGVyLWJveCcsXG4gICAgICB3aWR0aDogc29jaWFsQ2FyZFNpemUud2lkdGgsXG4gICAgICBoZWlnaHQ6IHNvY2lhbENhcmRTaXplLmhlaWdodCxcbiAgICAgIHBhZGRpbmc6ICc3MnB4IDg4cHgnLFxuICAgICAgYmFja2dyb3VuZENvbG9yOiBicmFuZCxcbiAgICAgIGNvbG9yOiBpbmssXG4gICAgICBmb250RmFtaWx5OiAnSW50ZXInXG4gICAgfSxcbiAgICBbbWFpbiwgZm9vdGVyXVxuICApXG59XG5cbi8qKiBUaGUgY2FyZCBhcyBhIDEyMDBcdTAwRDc2MzAgUE5HLiAqL1xuZXhwb3J0IGFzeW5jIGZ1bmN0aW9uIHJlbmRlclNvY2lhbENhcmQoXG4gIGNhcmQ6IFNvY2lhbENhcmQsXG4gIGFzc2V0czogU29jaWFsQ2FyZEFzc2V0c1xuKTogUHJvbWlzZTxCdWZmZXI+IHtcbiAgY29uc3QgdHJlZSA9IHNvY2lhbENhcmRUcmVlKGNhcmQsIGFzc2V0cy5sb2dvVXJsKVxuICBjb25zdCBzdmcgPSBhd2FpdCBzYXRvcmkodHJlZSBhcyBQYXJhbWV0ZXJzPHR5cGVvZiBzYXRvcmk+WzBdLCB7XG4gICAgLi4uc29jaWFsQ2FyZFNpemUsXG4gICAgZm9udHM6IGFzc2V0cy5mb250c1xuICB9KVxuICByZXR1cm4gbmV3IFJlc3ZnKHN2Zywge1xuICAgIGZpdFRvOiB7IG1vZGU6ICd3aWR0aCcsIHZhbHVlOiBzb2NpYWxDYXJkU2l6ZS53aWR0aCB9XG4gIH0pXG4gICAgLnJlbmRlcigpXG4gICAgLmFzUG5nKClcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb250ZW50LWxpbmtzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2NvbnRlbnQtbGlua3MvY2hlY2stbGlua3MudHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb250ZW50LWxpbmtzL2NoZWNrLWxpbmtzLnRzXCI7LyoqXG4gKiBPdXIgZGVhZC1saW5rIGFuZCBkZWFkLSNhbmNob3IgY2hlY2sgb24gdGhlIE1hcmtkb3duIHNvdXJjZS4gQSBtYXJrZG93bi1pdFxuICogcGx1Z2luIHJlY29yZHMgZWFjaCBwYWdlJ3MgbGlua3MgKHdpdGggdGhlaXIgbGluZSkgYW5kIHRoZSBpZHMgaXRzIEhUTUxcbiAqIHJlbmRlcnM7IGEgVml0ZSBwbHVnaW4gY2hlY2tzIHRoZW0gYWxsIG9uY2UgZXZlcnkgcGFnZSBpcyByZW5kZXJlZFxuICogKFJvbGx1cCdzIGBidWlsZEVuZGAsIGJlZm9yZSBWaXRlUHJlc3MgY2hlY2tzIGRlYWQgbGlua3MgYXRcbiAqIGByZW5kZXJTdGFydGApLCBhbmQgc3RvcHMgdGhlIGJ1aWxkIHdpdGggZXZlcnkgcHJvYmxlbSBhc1xuICogYGRvY3MvPGZpbGU+Lm1kOjxsaW5lPjogd2hhdCBpcyB3cm9uZy4gV2hhdCB0byBkby5gXG4gKi9cbmltcG9ydCB7IGV4aXN0c1N5bmMsIHN0YXRTeW5jIH0gZnJvbSAnbm9kZTpmcydcbmltcG9ydCB7IGpvaW4gfSBmcm9tICdub2RlOnBhdGgnXG5pbXBvcnQgdHlwZSBNYXJrZG93bkl0IGZyb20gJ21hcmtkb3duLWl0J1xuaW1wb3J0IHR5cGUgeyBQbHVnaW4gfSBmcm9tICd2aXRlJ1xuaW1wb3J0IHR5cGUgeyBTaXRlQ29uZmlnIH0gZnJvbSAndml0ZXByZXNzJ1xuaW1wb3J0IHsgZmFpbE9uQ29udGVudEVycm9ycyB9IGZyb20gJy4uL2NvbnRlbnQtZXJyb3InXG5pbXBvcnQgeyBzb3VyY2VMb2NhdGlvbiB9IGZyb20gJy4uL3BsdWdpbnMvc291cmNlLWxvY2F0aW9uJ1xuaW1wb3J0IHtcbiAgbGlua1Byb2JsZW1zLFxuICB0eXBlIE1hcmtkb3duTGluayxcbiAgdHlwZSBQYWdlTGlua3Ncbn0gZnJvbSAnLi9saW5rLXByb2JsZW1zJ1xuXG5pbnRlcmZhY2UgTGlua0VudiB7XG4gIHJlbGF0aXZlUGF0aD86IHN0cmluZ1xuICBtYXJrZG93bkxpbmtzPzogTWFya2Rvd25MaW5rW11cbn1cblxuY29uc3QgaWRQYXR0ZXJuID0gL1xcc2lkPVwiKFteXCJdKylcIi9nXG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGVudExpbmtDaGVjayB7XG4gIC8qKiBGb3IgYG1hcmtkb3duLmNvbmZpZ2AsIGFmdGVyIFZpdGVQcmVzcydzIG93biBwbHVnaW5zLiAqL1xuICBtYXJrZG93blBsdWdpbjogKG1kOiBNYXJrZG93bkl0KSA9PiB2b2lkXG4gIC8qKiBGb3IgYHZpdGUucGx1Z2luc2AuICovXG4gIHZpdGVQbHVnaW46IFBsdWdpblxufVxuXG5leHBvcnQgaW50ZXJmYWNlIENvbnRlbnRMaW5rQ2hlY2tPcHRpb25zIHtcbiAgLyoqIFRoZSB0b3AtbGV2ZWwgYHB1YmxpYy9gIGZvbGRlci4gKi9cbiAgcHVibGljRGlyOiBzdHJpbmdcbiAgLyoqIFNpdGUgcGF0aHMgdGhlIGJ1aWxkIHdyaXRlcyBiZXNpZGVzIHBhZ2VzOiBzaG9ydCBsaW5rcywgcmVkaXJlY3RzLCBgL3J1bGVzLmpzb25gLiAqL1xuICBnZW5lcmF0ZWQ6ICgpID0+IEl0ZXJhYmxlPHN0cmluZz5cbn1cblxuZXhwb3J0IGZ1bmN0aW9uIGNyZWF0ZUNvbnRlbnRMaW5rQ2hlY2soXG4gIG9wdGlvbnM6IENvbnRlbnRMaW5rQ2hlY2tPcHRpb25zXG4pOiBDb250ZW50TGlua0NoZWNrIHtcbiAgY29uc3QgeyBwdWJsaWNEaXIgfSA9IG9wdGlvbnNcbiAgY29uc3QgcGFnZXMgPSBuZXcgTWFwPHN0cmluZywgUGFnZUxpbmtzPigpXG5cbiAgZnVuY3Rpb24gbWFya2Rvd25QbHVnaW4obWQ6IE1hcmtkb3duSXQpOiB2b2lkIHtcbiAgICBtZC5jb3JlLnJ1bGVyLnB1c2goJ2NvbGxlY3RfbGlua3MnLCAoc3RhdGUpID0+IHtcbiAgICAgIGNvbnN0IGVudiA9IHN0YXRlLmVudiBhcyBMaW5rRW52XG4gICAgICBjb25zdCBsaW5rcyA9IChlbnYubWFya2Rvd25MaW5rcyA/Pz0gW10pXG4gICAgICBmb3IgKGNvbnN0IGJsb2NrIG9mIHN0YXRlLnRva2Vucykge1xuICAgICAgICBmb3IgKGNvbnN0IHRva2VuIG9mIGJsb2NrLmNoaWxkcmVuID8/IFtdKSB7XG4gICAgICAgICAgY29uc3QgaHJlZiA9IHRva2VuLnR5cGUgPT09ICdsaW5rX29wZW4nICYmIHRva2VuLmF0dHJHZXQoJ2hyZWYnKVxuICAgICAgICAgIGlmIChocmVmKVxuICAgICAgICAgICAgbGlua3MucHVzaCh7IGhyZWYsIGxvY2F0aW9uOiBzb3VyY2VMb2NhdGlvbihlbnYsIGJsb2NrLm1hcCkgfSlcbiAgICAgICAgfVxuICAgICAgfVxuICAgIH0pXG4gICAgY29uc3QgcmVuZGVyID0gbWQucmVuZGVyLmJpbmQobWQpXG4gICAgbWQucmVuZGVyID0gKHNyYywgZW52OiBMaW5rRW52ID0ge30pID0+IHtcbiAgICAgIGNvbnN0IGh0bWwgPSByZW5kZXIoc3JjLCBlbnYpXG4gICAgICBpZiAoZW52LnJlbGF0aXZlUGF0aCkge1xuICAgICAgICBwYWdlcy5zZXQoZW52LnJlbGF0aXZlUGF0aCwge1xuICAgICAgICAgIGxpbmtzOiBlbnYubWFya2Rvd25MaW5rcyA/PyBbXSxcbiAgICAgICAgICBpZHM6IG5ldyBTZXQoXG4gICAgICAgICAgICBbLi4uaHRtbC5tYXRjaEFsbChpZFBhdHRlcm4pXS5tYXAoKG1hdGNoKSA9PiBtYXRjaFsxXSA/PyAnJylcbiAgICAgICAgICApXG4gICAgICAgIH0pXG4gICAgICB9XG4gICAgICBlbnYubWFya2Rvd25MaW5rcyA9IFtdXG4gICAgICByZXR1cm4gaHRtbFxuICAgIH1cbiAgfVxuXG4gIGxldCBzaXRlOiBTaXRlQ29uZmlnIHwgdW5kZWZpbmVkXG4gIGNvbnN0IHZpdGVQbHVnaW46IFBsdWdpbiA9IHtcbiAgICBuYW1lOiAnY29tbXVuaXR5LWRvY3M6Y29udGVudC1saW5rcycsXG4gICAgY29uZmlnUmVzb2x2ZWQoY29uZmlnKSB7XG4gICAgICBzaXRlID0gKGNvbmZpZyBhcyB1bmtub3duIGFzIHsgdml0ZXByZXNzPzogU2l0ZUNvbmZpZyB9KS52aXRlcHJlc3NcbiAgICB9LFxuICAgIGJ1aWxkRW5kKGVycm9yKSB7XG4gICAgICAvLyBPbmx5IGEgZnVsbCBidWlsZCBoYXMgcmVuZGVyZWQgZXZlcnkgcGFnZS5cbiAgICAgIGlmIChlcnJvciB8fCAhc2l0ZSkgcmV0dXJuXG4gICAgICBjb25zdCBrbm93biA9IG5ldyBNYXAoc2l0ZS5wYWdlcy5tYXAoKHBhZ2UpID0+IFtwYWdlLCBwYWdlcy5nZXQocGFnZSldKSlcbiAgICAgIGNvbnN0IHRhcmdldHMgPSBuZXcgTWFwKFxuICAgICAgICBbLi4ua25vd25dLm1hcCgoW3BhZ2UsIGxpbmtzXSkgPT4gW1xuICAgICAgICAgIHBhZ2UsXG4gICAgICAgICAgbGlua3MgPz8geyBsaW5rczogW10sIGlkczogbmV3IFNldDxzdHJpbmc+KCkgfVxuICAgICAgICBdKVxuICAgICAgKVxuICAgICAgY29uc3QgZ2VuZXJhdGVkID0gbmV3IFNldChvcHRpb25zLmdlbmVyYXRlZCgpKVxuICAgICAgZmFpbE9uQ29udGVudEVycm9ycyhcbiAgICAgICAgbGlua1Byb2JsZW1zKHtcbiAgICAgICAgICBwYWdlczogdGFyZ2V0cyxcbiAgICAgICAgICBpc1NlcnZlZDogKHBhdGgpID0+IHtcbiAgICAgICAgICAgIGlmIChnZW5lcmF0ZWQuaGFzKHBhdGgpKSByZXR1cm4gdHJ1ZVxuICAgICAgICAgICAgY29uc3QgZmlsZSA9IGpvaW4ocHVibGljRGlyLCBwYXRoKVxuICAgICAgICAgICAgcmV0dXJuIGV4aXN0c1N5bmMoZmlsZSkgJiYgc3RhdFN5bmMoZmlsZSkuaXNGaWxlKClcbiAgICAgICAgICB9XG4gICAgICAgIH0pXG4gICAgICApXG4gICAgfVxuICB9XG4gIHJldHVybiB7IG1hcmtkb3duUGx1Z2luLCB2aXRlUGx1Z2luIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb250ZW50LWxpbmtzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2NvbnRlbnQtbGlua3MvbGluay1wcm9ibGVtcy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL2NvbnRlbnQtbGlua3MvbGluay1wcm9ibGVtcy50c1wiOy8qKlxuICogRGVhZCBsaW5rcyBhbmQgZGVhZCBgI2FuY2hvcnNgIGluIHRoZSBNYXJrZG93biwgZm91bmQgZnJvbSB0aGUgc291cmNlIHNvXG4gKiB0aGF0IGVhY2ggaXMgcmVwb3J0ZWQgYXMgYGRvY3MvPGZpbGU+Lm1kOjxsaW5lPmA6IHB1cmUgZnVuY3Rpb25zIG92ZXIgd2hhdFxuICogdGhlIE1hcmtkb3duIHBsdWdpbiAoY29sbGVjdC1saW5rcy50cykgcmVjb3JkcyB3aGlsZSBWaXRlUHJlc3MgcmVuZGVycy5cbiAqXG4gKiBWaXRlUHJlc3MncyBvd24gZGVhZC1saW5rIGNoZWNrIG5hbWVzIG9ubHkgdGhlIGZpbGUsIGlnbm9yZXMgYCNhbmNob3JzYFxuICogYW5kIHN1Z2dlc3RzIHR1cm5pbmcgaXRzZWxmIG9mZjsgdGhpcyBjaGVjayBydW5zIGJlZm9yZSBpdC5cbiAqL1xuaW1wb3J0IHsgQ29udGVudEVycm9yIH0gZnJvbSAnLi4vY29udGVudC1lcnJvcidcblxuLyoqIE9uZSBsaW5rIGluIGEgcGFnZSdzIE1hcmtkb3duLiAqL1xuZXhwb3J0IGludGVyZmFjZSBNYXJrZG93bkxpbmsge1xuICBocmVmOiBzdHJpbmdcbiAgLyoqIGBkb2NzL2NvbW11bml0eS5tZDoxMmAuICovXG4gIGxvY2F0aW9uOiBzdHJpbmdcbn1cblxuLyoqIFdoYXQgdGhlIE1hcmtkb3duIG9mIG9uZSBwYWdlIGxpbmtzIHRvLCBhbmQgdGhlIGlkcyBpdCByZW5kZXJzLiAqL1xuZXhwb3J0IGludGVyZmFjZSBQYWdlTGlua3Mge1xuICBsaW5rczogTWFya2Rvd25MaW5rW11cbiAgLyoqIEV2ZXJ5IGBpZGAgaW4gdGhlIHBhZ2UncyByZW5kZXJlZCBIVE1MOiBoZWFkaW5ncywgcnVsZXMsIGFsaWFzZXMuICovXG4gIGlkczogUmVhZG9ubHlTZXQ8c3RyaW5nPlxufVxuXG5leHBvcnQgaW50ZXJmYWNlIExpbmtUYXJnZXRzIHtcbiAgLyoqIFBhZ2VzIGJ5IHRoZWlyIGZpbGUsIHJlbGF0aXZlIHRvIGBkb2NzL2A6IGBjb21tdW5pdHkubWRgLiAqL1xuICBwYWdlczogUmVhZG9ubHlNYXA8c3RyaW5nLCBQYWdlTGlua3M+XG4gIC8qKlxuICAgKiBXaGV0aGVyIHNvbWV0aGluZyBvdGhlciB0aGFuIGEgcGFnZSBpcyBzZXJ2ZWQgYXQgYSBzaXRlIHBhdGg6IGEgc3RhdGljXG4gICAqIGZpbGUgKGAvZmF2aWNvbi5zdmdgKSBvciBhIGZpbGUgdGhlIGJ1aWxkIHdyaXRlcyAoYC9ydWxlcy5qc29uYCwgYC9yLzJgKS5cbiAgICovXG4gIGlzU2VydmVkOiAocGF0aDogc3RyaW5nKSA9PiBib29sZWFuXG59XG5cbi8qKiBgbWFpbHRvOmAsIGBodHRwczpgLCBgLy9ob3N0YDogbm90IG91cnMgdG8gY2hlY2suICovXG5mdW5jdGlvbiBpc0V4dGVybmFsKGhyZWY6IHN0cmluZyk6IGJvb2xlYW4ge1xuICByZXR1cm4gL15bYS16XVthLXpcXGQrLi1dKjovaS50ZXN0KGhyZWYpIHx8IGhyZWYuc3RhcnRzV2l0aCgnLy8nKVxufVxuXG4vKiogUmVzb2x2ZXMgYC4uL2EvYi5tZGAgYWdhaW5zdCB0aGUgZm9sZGVyIG9mIGBmcm9tYCAoYGd1aWRlL3gubWRgKS4gKi9cbmZ1bmN0aW9uIHJlc29sdmVQYXRoKGZyb206IHN0cmluZywgcGF0aDogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgcGFydHMgPSBwYXRoLnN0YXJ0c1dpdGgoJy8nKSA/IFtdIDogZnJvbS5zcGxpdCgnLycpLnNsaWNlKDAsIC0xKVxuICBmb3IgKGNvbnN0IHBhcnQgb2YgcGF0aC5zcGxpdCgnLycpKSB7XG4gICAgaWYgKHBhcnQgPT09ICcuLicpIHBhcnRzLnBvcCgpXG4gICAgZWxzZSBpZiAocGFydCAhPT0gJy4nICYmIHBhcnQgIT09ICcnKSBwYXJ0cy5wdXNoKHBhcnQpXG4gIH1cbiAgY29uc3Qgam9pbmVkID0gcGFydHMuam9pbignLycpXG4gIHJldHVybiBqb2luZWQgIT09ICcnICYmIHBhdGguZW5kc1dpdGgoJy8nKSA/IGAke2pvaW5lZH0vYCA6IGpvaW5lZFxufVxuXG4vKiogVGhlIHBhZ2UgZmlsZXMgYSByZXNvbHZlZCBwYXRoIG1heSBtZWFuLCBhcyBWaXRlUHJlc3MgcmVhZHMgaXQuICovXG5mdW5jdGlvbiBjYW5kaWRhdGVGaWxlcyhwYXRoOiBzdHJpbmcpOiBzdHJpbmdbXSB7XG4gIGlmIChwYXRoID09PSAnJyB8fCBwYXRoLmVuZHNXaXRoKCcvJykpIHJldHVybiBbYCR7cGF0aH1pbmRleC5tZGBdXG4gIGlmIChwYXRoLmVuZHNXaXRoKCcubWQnKSkgcmV0dXJuIFtwYXRoXVxuICBpZiAocGF0aC5lbmRzV2l0aCgnLmh0bWwnKSkgcmV0dXJuIFtwYXRoLnJlcGxhY2UoL1xcLmh0bWwkLywgJy5tZCcpXVxuICByZXR1cm4gW2Ake3BhdGh9Lm1kYCwgYCR7cGF0aH0vaW5kZXgubWRgXVxufVxuXG4vKiogVGhlIGNsb3Nlc3Qgb2YgYG9wdGlvbnNgIHRvIGB3YW50ZWRgLCBpZiBpdCBpcyBjbG9zZSBlbm91Z2ggdG8gYmUgYSB0eXBvLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGNsb3Nlc3QoXG4gIHdhbnRlZDogc3RyaW5nLFxuICBvcHRpb25zOiBJdGVyYWJsZTxzdHJpbmc+XG4pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBsZXQgYmVzdDogeyBvcHRpb246IHN0cmluZzsgZGlzdGFuY2U6IG51bWJlciB9IHwgdW5kZWZpbmVkXG4gIGZvciAoY29uc3Qgb3B0aW9uIG9mIG9wdGlvbnMpIHtcbiAgICBjb25zdCBkaXN0YW5jZSA9IGVkaXREaXN0YW5jZSh3YW50ZWQsIG9wdGlvbilcbiAgICBpZiAoIWJlc3QgfHwgZGlzdGFuY2UgPCBiZXN0LmRpc3RhbmNlKSBiZXN0ID0geyBvcHRpb24sIGRpc3RhbmNlIH1cbiAgfVxuICByZXR1cm4gYmVzdCAmJiBiZXN0LmRpc3RhbmNlIDw9IE1hdGgubWF4KDIsIHdhbnRlZC5sZW5ndGggLyAzKVxuICAgID8gYmVzdC5vcHRpb25cbiAgICA6IHVuZGVmaW5lZFxufVxuXG4vKiogTGV2ZW5zaHRlaW4gZGlzdGFuY2U6IGhvdyBtYW55IG9uZS1sZXR0ZXIgZWRpdHMgdHVybiBgYWAgaW50byBgYmAuICovXG5mdW5jdGlvbiBlZGl0RGlzdGFuY2UoYTogc3RyaW5nLCBiOiBzdHJpbmcpOiBudW1iZXIge1xuICBsZXQgcHJldmlvdXMgPSBBcnJheS5mcm9tKHsgbGVuZ3RoOiBiLmxlbmd0aCArIDEgfSwgKF8sIGluZGV4KSA9PiBpbmRleClcbiAgZm9yIChjb25zdCBbaSwgbGV0dGVyXSBvZiBbLi4uYV0uZW50cmllcygpKSB7XG4gICAgY29uc3QgY3VycmVudCA9IFtpICsgMV1cbiAgICBmb3IgKGNvbnN0IFtqLCBvdGhlcl0gb2YgWy4uLmJdLmVudHJpZXMoKSkge1xuICAgICAgY3VycmVudC5wdXNoKFxuICAgICAgICBNYXRoLm1pbihcbiAgICAgICAgICAocHJldmlvdXNbaiArIDFdID8/IDApICsgMSxcbiAgICAgICAgICAoY3VycmVudFtqXSA/PyAwKSArIDEsXG4gICAgICAgICAgKHByZXZpb3VzW2pdID8/IDApICsgKGxldHRlciA9PT0gb3RoZXIgPyAwIDogMSlcbiAgICAgICAgKVxuICAgICAgKVxuICAgIH1cbiAgICBwcmV2aW91cyA9IGN1cnJlbnRcbiAgfVxuICByZXR1cm4gcHJldmlvdXNbYi5sZW5ndGhdID8/IDBcbn1cblxuLyoqIFdoYXQgaXMgd3Jvbmcgd2l0aCBvbmUgbGluaywgb3IgYHVuZGVmaW5lZGAuICovXG5leHBvcnQgZnVuY3Rpb24gbGlua1Byb2JsZW0oXG4gIGZpbGU6IHN0cmluZyxcbiAgbGluazogTWFya2Rvd25MaW5rLFxuICB0YXJnZXRzOiBMaW5rVGFyZ2V0c1xuKTogQ29udGVudEVycm9yIHwgdW5kZWZpbmVkIHtcbiAgY29uc3QgeyBocmVmLCBsb2NhdGlvbiB9ID0gbGlua1xuICBpZiAoaXNFeHRlcm5hbChocmVmKSkgcmV0dXJuIHVuZGVmaW5lZFxuICBjb25zdCBoYXNoID0gaHJlZi5pbmRleE9mKCcjJylcbiAgY29uc3QgcmF3UGF0aCA9IGhhc2ggPT09IC0xID8gaHJlZiA6IGhyZWYuc2xpY2UoMCwgaGFzaClcbiAgY29uc3QgZnJhZ21lbnQgPSBoYXNoID09PSAtMSA/IHVuZGVmaW5lZCA6IGhyZWYuc2xpY2UoaGFzaCArIDEpXG4gIGNvbnN0IHBhdGggPSBkZWNvZGVVUkkocmF3UGF0aC5yZXBsYWNlKC9cXD8uKiQvLCAnJykpXG5cbiAgbGV0IHRhcmdldCA9IGZpbGVcbiAgaWYgKHBhdGggIT09ICcnKSB7XG4gICAgY29uc3QgcmVzb2x2ZWQgPSByZXNvbHZlUGF0aChmaWxlLCBwYXRoKVxuICAgIGlmICh0YXJnZXRzLmlzU2VydmVkKGAvJHtyZXNvbHZlZH1gKSkgcmV0dXJuIHVuZGVmaW5lZFxuICAgIGNvbnN0IGV4dGVuc2lvbiA9IC9cXC4oW2EtelxcZF0rKSQvaS5leGVjKHJlc29sdmVkKT8uWzFdPy50b0xvd2VyQ2FzZSgpXG4gICAgaWYgKGV4dGVuc2lvbiAmJiBleHRlbnNpb24gIT09ICdtZCcgJiYgZXh0ZW5zaW9uICE9PSAnaHRtbCcpIHtcbiAgICAgIHJldHVybiBuZXcgQ29udGVudEVycm9yKFxuICAgICAgICBsb2NhdGlvbixcbiAgICAgICAgYHRoZSBsaW5rIFwiJHtocmVmfVwiIGxlYWRzIHRvIG5vIGZpbGU6IG5vdGhpbmcgaXMgc2VydmVkIGF0IC8ke3Jlc29sdmVkfS5gLFxuICAgICAgICAnUHV0IHRoZSBmaWxlIGluIHB1YmxpYy8sIG9yIGZpeCB0aGUgcGF0aC4nXG4gICAgICApXG4gICAgfVxuICAgIGNvbnN0IGZvdW5kID0gY2FuZGlkYXRlRmlsZXMocmVzb2x2ZWQpLmZpbmQoKGNhbmRpZGF0ZSkgPT5cbiAgICAgIHRhcmdldHMucGFnZXMuaGFzKGNhbmRpZGF0ZSlcbiAgICApXG4gICAgaWYgKCFmb3VuZCkge1xuICAgICAgY29uc3QgZ3Vlc3MgPSBjbG9zZXN0KHJlc29sdmVkLnJlcGxhY2UoL1xcLihtZHxodG1sKSQvLCAnJykgKyAnLm1kJywgW1xuICAgICAgICAuLi50YXJnZXRzLnBhZ2VzLmtleXMoKVxuICAgICAgXSlcbiAgICAgIHJldHVybiBuZXcgQ29udGVudEVycm9yKFxuICAgICAgICBsb2NhdGlvbixcbiAgICAgICAgYHRoZSBsaW5rIFwiJHtocmVmfVwiIGxlYWRzIHRvIG5vIHBhZ2UuYCxcbiAgICAgICAgZ3Vlc3NcbiAgICAgICAgICA/IGBEaWQgeW91IG1lYW4gJHtwYXRoLnN0YXJ0c1dpdGgoJy8nKSA/ICcvJyA6ICcuLyd9JHtndWVzc30/IExpbmsgdG8gYSBwYWdlIGJ5IGl0cyBmaWxlIGluIGRvY3MvLmBcbiAgICAgICAgICA6IGBMaW5rIHRvIGEgcGFnZSBieSBpdHMgZmlsZSBpbiBkb2NzLzogJHtbLi4udGFyZ2V0cy5wYWdlcy5rZXlzKCldLmpvaW4oJywgJyl9LmBcbiAgICAgIClcbiAgICB9XG4gICAgdGFyZ2V0ID0gZm91bmRcbiAgfVxuICBpZiAoZnJhZ21lbnQgPT09IHVuZGVmaW5lZCB8fCBmcmFnbWVudCA9PT0gJycpIHJldHVybiB1bmRlZmluZWRcbiAgY29uc3QgaWRzID0gdGFyZ2V0cy5wYWdlcy5nZXQodGFyZ2V0KT8uaWRzID8/IG5ldyBTZXQ8c3RyaW5nPigpXG4gIGNvbnN0IGlkID0gZGVjb2RlVVJJQ29tcG9uZW50KGZyYWdtZW50KVxuICBpZiAoaWRzLmhhcyhpZCkpIHJldHVybiB1bmRlZmluZWRcbiAgY29uc3QgZ3Vlc3MgPSBjbG9zZXN0KGlkLCBpZHMpXG4gIHJldHVybiBuZXcgQ29udGVudEVycm9yKFxuICAgIGxvY2F0aW9uLFxuICAgIGB0aGUgbGluayBcIiR7aHJlZn1cIiBsZWFkcyB0byBubyBoZWFkaW5nIG9yIHJ1bGUgXCIjJHtpZH1cIiBvbiBkb2NzLyR7dGFyZ2V0fS5gLFxuICAgIGd1ZXNzXG4gICAgICA/IGBEaWQgeW91IG1lYW4gIyR7Z3Vlc3N9P2BcbiAgICAgIDogJ0xpbmsgdG8gYSBoZWFkaW5nIGJ5IGl0cyB7I2lkfSwgb3IgdG8gYSBydWxlIGJ5IGl0cyBpZC4nXG4gIClcbn1cblxuLyoqIEV2ZXJ5IHByb2JsZW0gb2YgZXZlcnkgcGFnZSwgaW4gcGFnZSBvcmRlci4gKi9cbmV4cG9ydCBmdW5jdGlvbiBsaW5rUHJvYmxlbXModGFyZ2V0czogTGlua1RhcmdldHMpOiBDb250ZW50RXJyb3JbXSB7XG4gIHJldHVybiBbLi4udGFyZ2V0cy5wYWdlc10uZmxhdE1hcCgoW2ZpbGUsIHBhZ2VdKSA9PlxuICAgIHBhZ2UubGlua3MuZmxhdE1hcCgobGluaykgPT4gbGlua1Byb2JsZW0oZmlsZSwgbGluaywgdGFyZ2V0cykgPz8gW10pXG4gIClcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9wbHVnaW5zXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BsdWdpbnMvY29kZS1jb3B5LWxhYmVsLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcGx1Z2lucy9jb2RlLWNvcHktbGFiZWwudHNcIjsvKipcbiAqIEdpdmVzIHRoZSBjb3B5IGJ1dHRvbiBvbiBlYWNoIGNvZGUgYmxvY2sgYSBuYW1lIHRoYXQgZXZlcnkgcmVhZGVyIGdldHMuXG4gKlxuICogVml0ZVByZXNzJ3MgY29kZSBibG9ja3MgKGl0cyBwcmVXcmFwcGVyIHBsdWdpbikgY2FycnlcbiAqIGA8YnV0dG9uIHRpdGxlPVwiQ29weSBDb2RlXCIgY2xhc3M9XCJjb3B5XCI+PC9idXR0b24+YDogYW4gZW1wdHkgYnV0dG9uIHdob3NlXG4gKiBvbmx5IG5hbWUgaXMgYSB0b29sdGlwLCB3aGljaCB0b3VjaCBhbmQga2V5Ym9hcmQgdXNlcnMgbmV2ZXIgc2VlIGFuZCB3aGljaFxuICogaHRtbC12YWxpZGF0ZSAodGV4dC1jb250ZW50KSByZWplY3RzLiBUaGlzIGFkZHMgYW4gYGFyaWEtbGFiZWxgIHdpdGggdGhlXG4gKiBzYW1lIHdvcmRzLiBJdCB3cmFwcyB0aGUgZmVuY2UgcmVuZGVyZXIsIHNvIGl0IG11c3QgYmUgdXNlZCBhZnRlclxuICogVml0ZVByZXNzJ3Mgb3duIHBsdWdpbnMgKHRoZSBzaXRlIGNvbmZpZydzIGBtYXJrZG93bi5jb25maWdgIGlzKS5cbiAqL1xuaW1wb3J0IHR5cGUgTWFya2Rvd25JdCBmcm9tICdtYXJrZG93bi1pdCdcblxuY29uc3QgY29weUJ1dHRvbiA9IC88YnV0dG9uIHRpdGxlPVwiKFteXCJdKilcIiBjbGFzcz1cImNvcHlcIj4vZ1xuXG5leHBvcnQgZnVuY3Rpb24gY29kZUNvcHlMYWJlbFBsdWdpbihtZDogTWFya2Rvd25JdCk6IHZvaWQge1xuICBjb25zdCBmZW5jZSA9IG1kLnJlbmRlcmVyLnJ1bGVzLmZlbmNlXG4gIGlmICghZmVuY2UpIHJldHVyblxuICBtZC5yZW5kZXJlci5ydWxlcy5mZW5jZSA9ICguLi5hcmdzKSA9PlxuICAgIGZlbmNlKC4uLmFyZ3MpLnJlcGxhY2UoXG4gICAgICBjb3B5QnV0dG9uLFxuICAgICAgJzxidXR0b24gdGl0bGU9XCIkMVwiIGNsYXNzPVwiY29weVwiIGFyaWEtbGFiZWw9XCIkMVwiPidcbiAgICApXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvdHJhbnNmb3Jtc1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy90cmFuc2Zvcm1zL2xhc3QtdXBkYXRlZC50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3RyYW5zZm9ybXMvbGFzdC11cGRhdGVkLnRzXCI7LyoqXG4gKiBUaGUgXCJMYXN0IHVwZGF0ZWRcIiBkYXRlLCBmb3JtYXR0ZWQgd2hlbiB0aGUgc2l0ZSBpcyBidWlsdC5cbiAqXG4gKiBWaXRlUHJlc3MncyBkZWZhdWx0IHRoZW1lIGZvcm1hdHMgaXQgaW4gdGhlIGJyb3dzZXIgYWZ0ZXIgaHlkcmF0aW9uLCB3aXRoXG4gKiBhIG5ldyBgSW50bC5EYXRlVGltZUZvcm1hdGA6IG9uIGEgcGhvbmUsIGNyZWF0aW5nIHRoYXQgZm9ybWF0dGVyICh3aGljaFxuICogbG9hZHMgdGhlIGxvY2FsZSdzIGRhdGEpIGlzIG9uZSBvZiB0aGUgc2xvd2VzdCBzdGVwcyBvZiB0aGUgcGFnZSdzXG4gKiBzdGFydC11cCwgYW5kIHVudGlsIHRoZW4gdGhlIGRhdGUgaXMgYmxhbmsuIEZvcm1hdHRlZCBoZXJlLCB0aGUgZGF0ZSBpcyBpblxuICogdGhlIEhUTUwgYW5kIGNvc3RzIHRoZSBicm93c2VyIG5vdGhpbmcuIEl0IGlzIGEgZGF0ZSB3aXRob3V0IGEgdGltZSwgaW5cbiAqIHRoZSBzaXRlJ3MgbGFuZ3VhZ2UsIGZvciBVVEMsIHNvIGl0IHJlYWRzIHRoZSBzYW1lIGZvciBldmVyeSByZWFkZXIuXG4gKi9cblxuLyoqIFRoZSBleHRyYSBwYWdlIGRhdGEgZmllbGQgdGhhdCBgTGFzdFVwZGF0ZWQudnVlYCBzaG93cy4gKi9cbmV4cG9ydCBpbnRlcmZhY2UgTGFzdFVwZGF0ZWRQYWdlRGF0YSB7XG4gIGxhc3RVcGRhdGVkVGV4dD86IHN0cmluZ1xufVxuXG4vKipcbiAqIGAyNSBOb3ZlbWJlciAyMDI2YCBzdHlsZSB0ZXh0IGZvciBhIGdpdCB0aW1lc3RhbXAgKG1zKSwgaW4gYGxhbmdgO1xuICogdW5kZWZpbmVkIHdoZW4gdGhlIHBhZ2UgaGFzIG5vIGRhdGUgKGEgZmlsZSB3aXRoIG5vIGNvbW1pdCB5ZXQpLlxuICovXG5leHBvcnQgZnVuY3Rpb24gZm9ybWF0TGFzdFVwZGF0ZWQoXG4gIHRpbWVzdGFtcDogbnVtYmVyIHwgdW5kZWZpbmVkLFxuICBsYW5nOiBzdHJpbmdcbik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGlmICghdGltZXN0YW1wIHx8ICFOdW1iZXIuaXNGaW5pdGUodGltZXN0YW1wKSkgcmV0dXJuIHVuZGVmaW5lZFxuICByZXR1cm4gbmV3IEludGwuRGF0ZVRpbWVGb3JtYXQobGFuZywge1xuICAgIGRhdGVTdHlsZTogJ2xvbmcnLFxuICAgIHRpbWVab25lOiAnVVRDJ1xuICB9KS5mb3JtYXQobmV3IERhdGUodGltZXN0YW1wKSlcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy90cmFuc2Zvcm1zXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3RyYW5zZm9ybXMvbG9hZC1zY3JpcHRzLWFmdGVyLXBhaW50LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvdHJhbnNmb3Jtcy9sb2FkLXNjcmlwdHMtYWZ0ZXItcGFpbnQudHNcIjsvKipcbiAqIExvYWRzIHRoZSBwYWdlJ3MgSmF2YVNjcmlwdCBhZnRlciB0aGUgYnJvd3NlciBoYXMgcGFpbnRlZCB0aGUgcGFnZSwgbm90XG4gKiBiZWZvcmUuXG4gKlxuICogVml0ZVByZXNzJ3MgSFRNTCBhc2tzIGZvciB0aGUgYXBwJ3MgbW9kdWxlcyBhdCB0aGUgdG9wIG9mIHRoZSBwYWdlOiBhXG4gKiBgPHNjcmlwdCB0eXBlPVwibW9kdWxlXCI+YCBhbmQgYSBgPGxpbmsgcmVsPVwibW9kdWxlcHJlbG9hZFwiPmAgZm9yIGVhY2ggY2h1bmtcbiAqIChhYm91dCA2MCBLaUIgY29tcHJlc3NlZCkuIE9uIGEgc2xvdyBuZXR3b3JrIHRob3NlIGRvd25sb2FkcyBzaGFyZSB0aGVcbiAqIGJhbmR3aWR0aCB3aXRoIHRoZSByZW5kZXItYmxvY2tpbmcgc3R5bGVzaGVldCwgYW5kIENocm9taXVtIGZldGNoZXNcbiAqIG1vZHVsZXByZWxvYWRzIGVhZ2VybHksIHNvIHRoZSBmaXJzdCBwYWludCB3YWl0cyBmb3IgdGhlbVxuICogKHZpdGVqcy92aXRlIzUxMjApLiBPbiBhIGZhc3QgbmV0d29yayB3aXRoIGEgc2xvdyBwaG9uZSB0aGUgbW9kdWxlcyBjYW5cbiAqIGFycml2ZSBiZWZvcmUgdGhlIGZpcnN0IGZyYW1lLCBhbmQgdGhlIGJyb3dzZXIgdGhlbiBydW5zIFZ1ZSdzIGh5ZHJhdGlvblxuICogYmVmb3JlIGl0IHBhaW50cy4gRWl0aGVyIHdheSB0aGUgdGV4dCwgd2hpY2ggaXMgYWxsIGluIHRoZSBIVE1MLCBhcHBlYXJzXG4gKiBsYXRlOiBMaWdodGhvdXNlIGNvdW50ZWQgMS4yIHMgb2YgXCJlbGVtZW50IHJlbmRlciBkZWxheVwiIG9uIHRoZSBmaXJzdFxuICogcGFyYWdyYXBoLlxuICpcbiAqIFRoaXMgdHJhbnNmb3JtIHJlcGxhY2VzIHRob3NlIHRhZ3Mgd2l0aCBvbmUgc21hbGwgaW5saW5lIHNjcmlwdCB0aGF0XG4gKiBzdGFydHMgdGhlIHNhbWUgZG93bmxvYWRzIG9uY2UgdGhlIGJyb3dzZXIgcmVwb3J0cyB0aGUgZmlyc3QgY29udGVudGZ1bFxuICogcGFpbnQgKGEgYHBhaW50YCBwZXJmb3JtYW5jZSBlbnRyeSwgZGVsaXZlcmVkIGFmdGVyIHRoZSBmcmFtZSBpcyBzaG93bikuXG4gKiBXaGVyZSB0aGF0IGVudHJ5IHR5cGUgaXMgbWlzc2luZywgaXQgZmFsbHMgYmFjayB0byBgcmVxdWVzdEFuaW1hdGlvbkZyYW1lYFxuICogKHdoaWNoIHJ1bnMgcmlnaHQgYmVmb3JlIGEgZnJhbWUpIGFuZCBhIHRhc2sgcXVldWVkIGZyb20gdGhlcmUgKHdoaWNoIHJ1bnNcbiAqIGFmdGVyIGl0KS4gVGhlIG1vZHVsZXByZWxvYWQgbGlua3MgaXQgYWRkcyBzdGlsbCBmZXRjaCBldmVyeSBjaHVuayBpblxuICogcGFyYWxsZWwuIFRoZSBhcHBlYXJhbmNlIHNjcmlwdCBpcyBsZWZ0IGFsb25lLCBzbyBkYXJrIG1vZGUgc3RpbGwgYXBwbGllc1xuICogYmVmb3JlIHRoZSBmaXJzdCBwYWludC4gSW4gYSBiYWNrZ3JvdW5kIHRhYiBub3RoaW5nIGlzIHBhaW50ZWQsIHNvIHRoZVxuICogSmF2YVNjcmlwdCB3YWl0cyB1bnRpbCB0aGUgcmVhZGVyIGxvb2tzIGF0IHRoZSB0YWIuXG4gKlxuICogVGhlIHNjcmlwdCdzIHRleHQgaXMgdGhlIHNhbWUgb24gZXZlcnkgcGFnZSBhbmQgaW4gZXZlcnkgYnVpbGQ7IHRoZSBVUkxzXG4gKiB0cmF2ZWwgaW4gaXRzIGRhdGEgYXR0cmlidXRlcy4gQSBDb250ZW50LVNlY3VyaXR5LVBvbGljeSB0aGVyZWZvcmUgYWxsb3dzXG4gKiBpdCB3aXRoIGEgc2luZ2xlIGhhc2gsIHdoaWNoIGRvZXMgbm90IGNoYW5nZSBmcm9tIG9uZSBidWlsZCB0byB0aGUgbmV4dC5cbiAqL1xuXG4vKipcbiAqIFRoZSBpbmxpbmUgbG9hZGVyLiBLZXB0IG9uIG9uZSBsaW5lOyBpdHMgaGFzaCBkZXBlbmRzIG9uIGV2ZXJ5IGJ5dGUuXG4gKiBJZiBubyBwYWludCBpcyByZXBvcnRlZCB3aXRoaW4gNSBzIChhIGJyb3dzZXIgdGhhdCByZXBvcnRzIG5vbmUsIG9yIGEgYnVnKSxcbiAqIGl0IGxvYWRzIHRoZSBKYXZhU2NyaXB0IGFueXdheSwgc28gYSBwYWdlIG5ldmVyIHN0YXlzIHdpdGhvdXQgaXQuXG4gKi9cbmV4cG9ydCBjb25zdCBhZnRlclBhaW50TG9hZGVyID1cbiAgJygoKT0+e2NvbnN0IGQ9ZG9jdW1lbnQuY3VycmVudFNjcmlwdC5kYXRhc2V0O2xldCBzdGFydGVkPWZhbHNlOycgK1xuICAnY29uc3QgbG9hZD0oKT0+e2lmKHN0YXJ0ZWQpcmV0dXJuO3N0YXJ0ZWQ9dHJ1ZTsnICtcbiAgJ2Zvcihjb25zdCBoIG9mIGQucHJlbG9hZC5zcGxpdChcIiBcIikpe2lmKCFoKWNvbnRpbnVlO2NvbnN0IGw9ZG9jdW1lbnQuY3JlYXRlRWxlbWVudChcImxpbmtcIik7bC5yZWw9XCJtb2R1bGVwcmVsb2FkXCI7bC5ocmVmPWg7ZG9jdW1lbnQuaGVhZC5hcHBlbmQobCl9JyArXG4gICdjb25zdCBzPWRvY3VtZW50LmNyZWF0ZUVsZW1lbnQoXCJzY3JpcHRcIik7cy50eXBlPVwibW9kdWxlXCI7cy5zcmM9ZC5hcHA7ZG9jdW1lbnQuaGVhZC5hcHBlbmQocyl9OycgK1xuICAnc2V0VGltZW91dChsb2FkLDUwMDApOycgK1xuICAnaWYoKFBlcmZvcm1hbmNlT2JzZXJ2ZXIuc3VwcG9ydGVkRW50cnlUeXBlc3x8W10pLmluY2x1ZGVzKFwicGFpbnRcIikpJyArXG4gICduZXcgUGVyZm9ybWFuY2VPYnNlcnZlcigobGlzdCxvYnNlcnZlcik9PntpZihsaXN0LmdldEVudHJpZXNCeU5hbWUoXCJmaXJzdC1jb250ZW50ZnVsLXBhaW50XCIpLmxlbmd0aCl7b2JzZXJ2ZXIuZGlzY29ubmVjdCgpO2xvYWQoKX19KS5vYnNlcnZlKHt0eXBlOlwicGFpbnRcIixidWZmZXJlZDp0cnVlfSk7JyArXG4gICdlbHNlIHJlcXVlc3RBbmltYXRpb25GcmFtZSgoKT0+c2V0VGltZW91dChsb2FkKSl9KSgpJ1xuXG5jb25zdCBtb2R1bGVTY3JpcHRQYXR0ZXJuID1cbiAgLzxzY3JpcHQgdHlwZT1cIm1vZHVsZVwiIHNyYz1cIihbXlwiXSspXCI+PFxcL3NjcmlwdD5cXG4/WyBcXHRdKi9nXG5jb25zdCBtb2R1bGVQcmVsb2FkUGF0dGVybiA9XG4gIC88bGluayByZWw9XCJtb2R1bGVwcmVsb2FkXCIgaHJlZj1cIihbXlwiXSspXCI+XFxuP1sgXFx0XSovZ1xuXG5jb25zdCBjbGllbnRSZW5kZXJlZFBhdHRlcm4gPSAvPGRpdiBpZD1cImFwcFwiPjxcXC9kaXY+L1xuXG5jb25zdCBlc2NhcGVBdHRyaWJ1dGUgPSAodmFsdWU6IHN0cmluZyk6IHN0cmluZyA9PlxuICB2YWx1ZS5yZXBsYWNlKC8mL2csICcmYW1wOycpLnJlcGxhY2UoL1wiL2csICcmcXVvdDsnKVxuXG4vKipcbiAqIFJld3JpdGVzIG9uZSBwYWdlJ3MgSFRNTC4gYHBhZ2VgIG5hbWVzIHRoZSBwYWdlIGluIGVycm9yczogdGhlIHRyYW5zZm9ybVxuICogZmFpbHMgbG91ZGx5IGlmIFZpdGVQcmVzcydzIEhUTUwgbm8gbG9uZ2VyIGhhcyB0aGUgc2hhcGUgaXQgZXhwZWN0cywgcmF0aGVyXG4gKiB0aGFuIHF1aWV0bHkgbGVhdmluZyB0aGUgcGFnZSBzbG93LlxuICovXG5leHBvcnQgZnVuY3Rpb24gbG9hZFNjcmlwdHNBZnRlclBhaW50KGh0bWw6IHN0cmluZywgcGFnZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgLy8gQSBwYWdlIHRoYXQgVnVlIHJlbmRlcnMgaW4gdGhlIGJyb3dzZXIgKFZpdGVQcmVzcydzIDQwNCBwYWdlKSBoYXNcbiAgLy8gbm90aGluZyB0byBwYWludCBiZWZvcmUgaXRzIEphdmFTY3JpcHQgcnVuczoga2VlcCBpdCBhcyBpdCBpcy5cbiAgaWYgKGNsaWVudFJlbmRlcmVkUGF0dGVybi50ZXN0KGh0bWwpKSByZXR1cm4gaHRtbFxuICBjb25zdCBhcHBzID0gWy4uLmh0bWwubWF0Y2hBbGwobW9kdWxlU2NyaXB0UGF0dGVybildLm1hcChcbiAgICAobWF0Y2gpID0+IG1hdGNoWzFdID8/ICcnXG4gIClcbiAgY29uc3QgW2FwcF0gPSBhcHBzXG4gIGlmIChhcHAgPT09IHVuZGVmaW5lZCB8fCBhcHBzLmxlbmd0aCAhPT0gMSkge1xuICAgIHRocm93IG5ldyBFcnJvcihcbiAgICAgIGAke3BhZ2V9OiBleHBlY3RlZCBvbmUgPHNjcmlwdCB0eXBlPVwibW9kdWxlXCIgc3JjPVwiXHUyMDI2XCI+IGZyb20gVml0ZVByZXNzLCBmb3VuZCAke2FwcHMubGVuZ3RofS4gYCArXG4gICAgICAgICdIYXMgVml0ZVByZXNzIGNoYW5nZWQgaXRzIEhUTUw/IFNlZSAudml0ZXByZXNzL3RyYW5zZm9ybXMvbG9hZC1zY3JpcHRzLWFmdGVyLXBhaW50LnRzLidcbiAgICApXG4gIH1cbiAgY29uc3QgcHJlbG9hZHMgPSBbLi4uaHRtbC5tYXRjaEFsbChtb2R1bGVQcmVsb2FkUGF0dGVybildLm1hcChcbiAgICAobWF0Y2gpID0+IG1hdGNoWzFdID8/ICcnXG4gIClcbiAgY29uc3QgbG9hZGVyID1cbiAgICBgPHNjcmlwdCBpZD1cImxvYWQtYWZ0ZXItcGFpbnRcIiBkYXRhLWFwcD1cIiR7ZXNjYXBlQXR0cmlidXRlKGFwcCl9XCIgYCArXG4gICAgYGRhdGEtcHJlbG9hZD1cIiR7ZXNjYXBlQXR0cmlidXRlKHByZWxvYWRzLmpvaW4oJyAnKSl9XCI+JHthZnRlclBhaW50TG9hZGVyfTwvc2NyaXB0PlxcbiAgICBgXG4gIHJldHVybiBodG1sXG4gICAgLnJlcGxhY2UobW9kdWxlUHJlbG9hZFBhdHRlcm4sICcnKVxuICAgIC5yZXBsYWNlKG1vZHVsZVNjcmlwdFBhdHRlcm4sICgpID0+IGxvYWRlcilcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9wbHVnaW5zXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BsdWdpbnMvcmVzb3VyY2UtbGlzdC1jaGVjay50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BsdWdpbnMvcmVzb3VyY2UtbGlzdC1jaGVjay50c1wiOy8qKlxuICogQ2hlY2tzIGV2ZXJ5IGA8UmVzb3VyY2VMaW5rTGlzdCBncm91cD1cIlx1MjAyNlwiIC8+YCB3cml0dGVuIGluIE1hcmtkb3duLCBhbmRcbiAqIGZhaWxzIHRoZSBidWlsZCB3aXRoIHRoZSBmaWxlIGFuZCBsaW5lIHdoZW4gaXRzIGdyb3VwIGRvZXMgbm90IGV4aXN0LlxuICpcbiAqIFdoeSBhIE1hcmtkb3duIGNoZWNrOiB0aGUgY29tcG9uZW50IHRocm93cyBvbiBhbiB1bmtub3duIGdyb3VwLCBidXQgVnVlJ3NcbiAqIHByb2R1Y3Rpb24gc2VydmVyIHJlbmRlcmVyIG9ubHkgbG9ncyBhIGNvbXBvbmVudCdzIGVycm9yIGFuZCBjYXJyaWVzIG9uLFxuICogc28gYHZpdGVwcmVzcyBidWlsZGAgd291bGQgc3VjY2VlZCBhbmQgc2hpcCB0aGUgcGFnZSB3aXRob3V0IGl0cyBsaXN0LlxuICpcbiAqIEEgdGFnIHdpdGggYSBib3VuZCBgOml0ZW1zPVwiXHUyMDI2XCJgIHBhc3NlcyBpdHMgb3duIHJlc291cmNlcyBhbmQgaXMgbm90IGNoZWNrZWQuXG4gKi9cbmltcG9ydCB0eXBlIE1hcmtkb3duSXQgZnJvbSAnbWFya2Rvd24taXQnXG5pbXBvcnQgeyBzb3VyY2VMb2NhdGlvbiB9IGZyb20gJy4vc291cmNlLWxvY2F0aW9uJ1xuXG5leHBvcnQgaW50ZXJmYWNlIFJlc291cmNlTGlzdENoZWNrT3B0aW9ucyB7XG4gIC8qKiBUaGUgZ3JvdXBzIGEgcmVzb3VyY2UgbWF5IGJlbG9uZyB0byAoYHJlc291cmNlR3JvdXBzYCkuICovXG4gIGdyb3VwczogcmVhZG9ubHkgc3RyaW5nW11cbn1cblxuY29uc3QgdGFnUGF0dGVybiA9IC88UmVzb3VyY2VMaW5rTGlzdFxcYihbXj5dKik+L2dcbmNvbnN0IGdyb3VwUGF0dGVybiA9IC8oPzpefFxccylncm91cFxccyo9XFxzKig/OlwiKFteXCJdKilcInwnKFteJ10qKScpL1xuY29uc3QgaXRlbXNCaW5kaW5nUGF0dGVybiA9IC8oPzpefFxccykoPzo6fHYtYmluZDopaXRlbXNcXHMqPS9cblxuLyoqIFRoZSBwcm9ibGVtIHdpdGggb25lIHRhZydzIGF0dHJpYnV0ZXMsIG9yIHVuZGVmaW5lZCB3aGVuIGl0IGlzIGZpbmUuICovXG5mdW5jdGlvbiBwcm9ibGVtV2l0aChcbiAgYXR0cmlidXRlczogc3RyaW5nLFxuICBncm91cHM6IHJlYWRvbmx5IHN0cmluZ1tdXG4pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAoaXRlbXNCaW5kaW5nUGF0dGVybi50ZXN0KGF0dHJpYnV0ZXMpKSByZXR1cm4gdW5kZWZpbmVkXG4gIGNvbnN0IG1hdGNoID0gZ3JvdXBQYXR0ZXJuLmV4ZWMoYXR0cmlidXRlcylcbiAgY29uc3QgY2hvaWNlcyA9IGdyb3Vwcy5tYXAoKGdyb3VwKSA9PiBgZ3JvdXA9XCIke2dyb3VwfVwiYCkuam9pbignLCAnKVxuICBpZiAoIW1hdGNoKSByZXR1cm4gYDxSZXNvdXJjZUxpbmtMaXN0PiBuZWVkcyBhIGdyb3VwOiAke2Nob2ljZXN9LmBcbiAgY29uc3QgZ3JvdXAgPSBtYXRjaFsxXSA/PyBtYXRjaFsyXSA/PyAnJ1xuICBpZiAoIWdyb3Vwcy5pbmNsdWRlcyhncm91cCkpIHtcbiAgICByZXR1cm4gYDxSZXNvdXJjZUxpbmtMaXN0IGdyb3VwPVwiJHtncm91cH1cIj46IHVua25vd24gZ3JvdXAuIFVzZSBvbmUgb2Y6ICR7Y2hvaWNlc30uYFxuICB9XG4gIHJldHVybiB1bmRlZmluZWRcbn1cblxuZXhwb3J0IGZ1bmN0aW9uIHJlc291cmNlTGlzdENoZWNrUGx1Z2luKFxuICBtZDogTWFya2Rvd25JdCxcbiAgb3B0aW9uczogUmVzb3VyY2VMaXN0Q2hlY2tPcHRpb25zXG4pOiB2b2lkIHtcbiAgbWQuY29yZS5ydWxlci5wdXNoKCdyZXNvdXJjZV9saXN0X2NoZWNrJywgKHN0YXRlKSA9PiB7XG4gICAgZm9yIChjb25zdCBibG9jayBvZiBzdGF0ZS50b2tlbnMpIHtcbiAgICAgIC8vIEEgdGFnIG9uIGl0cyBvd24gbGluZSBpcyBhIGJsb2NrLWxldmVsIGh0bWxfYmxvY2ssIG9yIGh0bWxfaW5saW5lXG4gICAgICAvLyBpbiBWaXRlUHJlc3MsIHdob3NlIGNvbXBvbmVudCBydWxlIGtlZXBzIFZ1ZSB0YWdzIG91dCBvZiA8cD4uIEluc2lkZVxuICAgICAgLy8gYSBwYXJhZ3JhcGggaXQgaXMgYW4gaW5saW5lIGNoaWxkLCB3aXRoIGl0cyBwYXJhZ3JhcGgncyBsaW5lLlxuICAgICAgY29uc3Qgc291cmNlcyA9IFtcbiAgICAgICAgLi4uKGJsb2NrLnR5cGUgPT09ICdodG1sX2Jsb2NrJyB8fCBibG9jay50eXBlID09PSAnaHRtbF9pbmxpbmUnXG4gICAgICAgICAgPyBbYmxvY2suY29udGVudF1cbiAgICAgICAgICA6IFtdKSxcbiAgICAgICAgLi4uKGJsb2NrLmNoaWxkcmVuID8/IFtdKVxuICAgICAgICAgIC5maWx0ZXIoKHRva2VuKSA9PiB0b2tlbi50eXBlID09PSAnaHRtbF9pbmxpbmUnKVxuICAgICAgICAgIC5tYXAoKHRva2VuKSA9PiB0b2tlbi5jb250ZW50KVxuICAgICAgXVxuICAgICAgZm9yIChjb25zdCBzb3VyY2Ugb2Ygc291cmNlcykge1xuICAgICAgICBmb3IgKGNvbnN0IHRhZyBvZiBzb3VyY2UubWF0Y2hBbGwodGFnUGF0dGVybikpIHtcbiAgICAgICAgICBjb25zdCBwcm9ibGVtID0gcHJvYmxlbVdpdGgodGFnWzFdID8/ICcnLCBvcHRpb25zLmdyb3VwcylcbiAgICAgICAgICBpZiAoIXByb2JsZW0pIGNvbnRpbnVlXG4gICAgICAgICAgLy8gTGluZXMgb2YgdGhlIGJsb2NrIGJlZm9yZSB0aGUgdGFnLCBzbyB0aGUgZXJyb3IgbmFtZXMgaXRzIGxpbmUuXG4gICAgICAgICAgY29uc3Qgb2Zmc2V0ID0gc291cmNlLnNsaWNlKDAsIHRhZy5pbmRleCkuc3BsaXQoJ1xcbicpLmxlbmd0aCAtIDFcbiAgICAgICAgICBjb25zdCBtYXA6IFtudW1iZXIsIG51bWJlcl0gfCBudWxsID0gYmxvY2subWFwXG4gICAgICAgICAgICA/IFtibG9jay5tYXBbMF0gKyBvZmZzZXQsIGJsb2NrLm1hcFsxXV1cbiAgICAgICAgICAgIDogbnVsbFxuICAgICAgICAgIHRocm93IG5ldyBFcnJvcihgJHtzb3VyY2VMb2NhdGlvbihzdGF0ZS5lbnYsIG1hcCl9OiAke3Byb2JsZW19YClcbiAgICAgICAgfVxuICAgICAgfVxuICAgIH1cbiAgfSlcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9wbHVnaW5zXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BsdWdpbnMvc2FuaXRpemUtcGFnZS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BsdWdpbnMvc2FuaXRpemUtcGFnZS50c1wiOy8qKlxuICogU2FuaXRpemVzIGVhY2ggcGFnZSBhcyBhIHdob2xlLCBhZnRlciBWaXRlUHJlc3MgaGFzIGV4cGFuZGVkIGl0cyBpbmNsdWRlc1xuICogYW5kIG1hcmtkb3duLWl0IGhhcyByZW5kZXJlZCBpdCwgYW5kIGJlZm9yZSBWdWUgY29tcGlsZXMgaXRcbiAqIChWaXRlUHJlc3MncyBtYXJrZG93blRvVnVlOiBpbmNsdWRlcyBcdTIxOTIgYG1kLnJlbmRlcmAgXHUyMTkyIGBlbnYuc2ZjQmxvY2tzYCBcdTIxOTJcbiAqIHRoZSBWdWUgY29tcG9uZW50KS4gV3JhcHBpbmcgYG1kLnJlbmRlcmAgZnJvbSBgbWFya2Rvd24uY29uZmlnYCBtYWtlcyB0aGlzXG4gKiB0aGUgb3V0ZXJtb3N0IHdyYXBwZXIsIHNvIGl0IHNlZXM6XG4gKlxuICogLSB0aGUgcGFnZSdzIHNvdXJjZSBmaXJzdDogaXRzIGZyb250bWF0dGVyIGlzIHJlYWQgYW5kIGNoZWNrZWQgaGVyZVxuICogICAoY29udGVudC9mcm9udG1hdHRlci50cywgY29udGVudC9wYWdlLXNjaGVtYS50cykgYmVmb3JlIFZpdGVQcmVzcydzXG4gKiAgIGdyYXktbWF0dGVyIGNvdWxkIHJ1biBhIGAtLS1qc2AgYmxvY2s7XG4gKiAtIHRoZSB3aG9sZSByZW5kZXJlZCBIVE1MOiBpdCBnb2VzIHRocm91Z2ggY29udGVudC9zYW5pdGl6ZS50cztcbiAqIC0gYGVudi5zZmNCbG9ja3NgOiBhIHBhZ2UgbWF5IGhhdmUgbm8gYDxzY3JpcHQ+YCBvciBgPHN0eWxlPmAgYmxvY2sgKHRoZXlcbiAqICAgd291bGQgYmVjb21lIHRoZSBwYWdlIGNvbXBvbmVudCdzIGNvZGUpO1xuICogLSBgZW52LmluY2x1ZGVzYDogb25seSBgLm1kYCBmaWxlcyB1bmRlciB0aGUgcGFnZXMgZm9sZGVyLlxuICpcbiAqIEFueXRoaW5nIHJlbW92ZWQgZmFpbHMgdGhlIGJ1aWxkIHdpdGggYSBDb250ZW50RXJyb3IgbmFtaW5nIHRoZSBmaWxlIGFuZFxuICogbGluZS4gV2l0aCBgZW52LmNvbnRlbnRQcm9ibGVtc2Agc2V0IHRvIGFuIGFycmF5LCBwcm9ibGVtcyBhcmUgY29sbGVjdGVkXG4gKiB0aGVyZSBpbnN0ZWFkICh0aGUgY29udGVudCBsaW50IGxpc3RzIHRoZW0gYWxsKS5cbiAqL1xuaW1wb3J0IHsgZXhpc3RzU3luYywgcmVhZEZpbGVTeW5jIH0gZnJvbSAnbm9kZTpmcydcbmltcG9ydCB7IGpvaW4sIHJlbGF0aXZlLCByZXNvbHZlLCBzZXAgfSBmcm9tICdub2RlOnBhdGgnXG5pbXBvcnQgdHlwZSBNYXJrZG93bkl0IGZyb20gJ21hcmtkb3duLWl0J1xuaW1wb3J0IHsgQ29udGVudEVycm9yIH0gZnJvbSAnLi4vY29udGVudC1lcnJvcidcbmltcG9ydCB7IHJlYWRQYWdlIH0gZnJvbSAnLi4vY29udGVudC9mcm9udG1hdHRlcidcbmltcG9ydCB7IGZyb250bWF0dGVyUHJvYmxlbXMgfSBmcm9tICcuLi9jb250ZW50L3BhZ2Utc2NoZW1hJ1xuaW1wb3J0IHsgbGluZU1hcmtlciwgc2FuaXRpemVQYWdlSHRtbCB9IGZyb20gJy4uL2NvbnRlbnQvc2FuaXRpemUnXG5pbXBvcnQgeyBpc0NvbnRlbnRFcnJvciB9IGZyb20gJy4uL2NvbnRlbnQtZXJyb3InXG5pbXBvcnQgeyBleHBhbmRJbmNsdWRlcyB9IGZyb20gJy4uL2NvbnRlbnQvaW5jbHVkZXMnXG5cbmV4cG9ydCBpbnRlcmZhY2UgQ29udGVudFByb2JsZW0ge1xuICAvKiogYGRvY3MvcGFnZS5tZGAgKi9cbiAgZmlsZTogc3RyaW5nXG4gIGxpbmU/OiBudW1iZXJcbiAgbWVzc2FnZTogc3RyaW5nXG59XG5cbmV4cG9ydCBpbnRlcmZhY2UgU2FuaXRpemVQYWdlT3B0aW9ucyB7XG4gIC8qKiBUaGUgcGFnZXMgZm9sZGVyIChgc3JjRGlyYCksIGFic29sdXRlLiAqL1xuICBzcmNEaXI6IHN0cmluZ1xuICAvKiogSG93IGl0IGlzIG5hbWVkIGluIG1lc3NhZ2VzLiBEZWZhdWx0IGBkb2NzYC4gKi9cbiAgcGFnZXNGb2xkZXI/OiBzdHJpbmdcbn1cblxuaW50ZXJmYWNlIFBhZ2VFbnYge1xuICByZWxhdGl2ZVBhdGg/OiBzdHJpbmdcbiAgaW5jbHVkZXM/OiBzdHJpbmdbXVxuICBzZmNCbG9ja3M/OiBSZWNvcmQ8J3NjcmlwdHMnIHwgJ3N0eWxlcycgfCAnY3VzdG9tQmxvY2tzJywgdW5rbm93bltdPlxuICBjb250ZW50UHJvYmxlbXM/OiBDb250ZW50UHJvYmxlbVtdXG4gIC8qKiBMaW5lcyBvZiBmcm9udG1hdHRlciBhYm92ZSB0aGUgYm9keTsgc291cmNlLWxvY2F0aW9uLnRzIHJlYWRzIGl0LiAqL1xuICBmcm9udG1hdHRlckxpbmVzPzogbnVtYmVyXG4gIC8qKiBTZXQgd2hpbGUgYSBwYWdlIHJlbmRlcnM6IGJsb2NrIHJ1bGVzIHRoZW4gd3JpdGUgbGluZSBtYXJrZXJzLiAqL1xuICBzYW5pdGl6ZU1hcmtlcnM/OiBib29sZWFuXG59XG5cbnR5cGUgUnVsZSA9IE5vbk51bGxhYmxlPE1hcmtkb3duSXRbJ3JlbmRlcmVyJ11bJ3J1bGVzJ11bc3RyaW5nXT5cblxuZXhwb3J0IGZ1bmN0aW9uIHNhbml0aXplUGFnZVBsdWdpbihcbiAgbWQ6IE1hcmtkb3duSXQsXG4gIHsgc3JjRGlyLCBwYWdlc0ZvbGRlciA9ICdkb2NzJyB9OiBTYW5pdGl6ZVBhZ2VPcHRpb25zXG4pOiB2b2lkIHtcbiAgbWFya0Jsb2NrTGluZXMobWQpXG5cbiAgY29uc3QgcmVuZGVyID0gbWQucmVuZGVyLmJpbmQobWQpXG4gIGxldCBkZXB0aCA9IDBcbiAgbWQucmVuZGVyID0gKHNyYywgZW52OiBQYWdlRW52ID0ge30pID0+IHtcbiAgICAvLyBPbmx5IHRoZSBwYWdlIGl0c2VsZjogYSBwbHVnaW4gcmVuZGVyaW5nIGEgZnJhZ21lbnQgaXMgaW5zaWRlIGl0LlxuICAgIGlmIChkZXB0aCA+IDApIHJldHVybiByZW5kZXIoc3JjLCBlbnYpXG4gICAgY29uc3QgZmlsZSA9IGAke3BhZ2VzRm9sZGVyfS8ke2Vudi5yZWxhdGl2ZVBhdGggPz8gJ3BhZ2UubWQnfWBcbiAgICBjb25zdCBwcm9ibGVtczogQ29udGVudFByb2JsZW1bXSA9IFtdXG4gICAgY29uc3QgZmFpbCA9ICgpOiBzdHJpbmcgPT4ge1xuICAgICAgaWYgKGVudi5jb250ZW50UHJvYmxlbXMpIHtcbiAgICAgICAgZW52LmNvbnRlbnRQcm9ibGVtcy5wdXNoKC4uLnByb2JsZW1zKVxuICAgICAgICByZXR1cm4gJydcbiAgICAgIH1cbiAgICAgIGNvbnN0IFtmaXJzdF0gPSBwcm9ibGVtc1xuICAgICAgdGhyb3cgbmV3IENvbnRlbnRFcnJvcihcbiAgICAgICAgZmlyc3Q/LmxpbmUgPyBgJHtmaXJzdC5maWxlfToke2ZpcnN0LmxpbmV9YCA6IGZpbGUsXG4gICAgICAgIGZpcnN0Py5tZXNzYWdlID8/ICcnLFxuICAgICAgICBwcm9ibGVtcy5sZW5ndGggPiAxXG4gICAgICAgICAgPyBgJHtwcm9ibGVtcy5sZW5ndGggLSAxfSBtb3JlIHByb2JsZW1zOiBucG0gcnVuIGxpbnQ6Y29udGVudCBsaXN0cyB0aGVtIGFsbC5gXG4gICAgICAgICAgOiB1bmRlZmluZWRcbiAgICAgIClcbiAgICB9XG5cbiAgICBsZXQgb2Zmc2V0OiBudW1iZXJcbiAgICB0cnkge1xuICAgICAgY29uc3QgcGFnZSA9IHJlYWRQYWdlKHNyYywgZmlsZSlcbiAgICAgIG9mZnNldCA9IHBhZ2UuYm9keU9mZnNldFxuICAgICAgZm9yIChjb25zdCBwcm9ibGVtIG9mIGZyb250bWF0dGVyUHJvYmxlbXMocGFnZSkpXG4gICAgICAgIHByb2JsZW1zLnB1c2goeyBmaWxlLCAuLi5wcm9ibGVtIH0pXG4gICAgfSBjYXRjaCAoZXJyb3IpIHtcbiAgICAgIGlmICghaXNDb250ZW50RXJyb3IoZXJyb3IpKSB0aHJvdyBlcnJvclxuICAgICAgLy8gTmV2ZXIgaGFuZCB0aGlzIHNvdXJjZSB0byBncmF5LW1hdHRlci5cbiAgICAgIGNvbnN0IGxpbmUgPSBOdW1iZXIoLzooXFxkKykkLy5leGVjKGVycm9yLmxvY2F0aW9uKT8uWzFdKSB8fCB1bmRlZmluZWRcbiAgICAgIHByb2JsZW1zLnB1c2goe1xuICAgICAgICBmaWxlLFxuICAgICAgICBsaW5lLFxuICAgICAgICBtZXNzYWdlOiBlcnJvci5tZXNzYWdlLnNsaWNlKGVycm9yLmxvY2F0aW9uLmxlbmd0aCArIDIpXG4gICAgICB9KVxuICAgICAgcmV0dXJuIGZhaWwoKVxuICAgIH1cblxuICAgIGVudi5mcm9udG1hdHRlckxpbmVzID0gb2Zmc2V0XG4gICAgZW52LnNhbml0aXplTWFya2VycyA9IHRydWVcbiAgICBkZXB0aCsrXG4gICAgbGV0IGh0bWw6IHN0cmluZ1xuICAgIHRyeSB7XG4gICAgICBodG1sID0gcmVuZGVyKHNyYywgZW52KVxuICAgIH0gZmluYWxseSB7XG4gICAgICBkZXB0aC0tXG4gICAgICBlbnYuc2FuaXRpemVNYXJrZXJzID0gZmFsc2VcbiAgICB9XG5cbiAgICAvLyBBIGxpbmUgb2YgdGhlIHJlbmRlcmVkIGJvZHkgXHUyMTkyIHRoZSBmaWxlIChtYXliZSBhbiBpbmNsdWRlZCBvbmUpIGFuZFxuICAgIC8vIGxpbmUgaXQgY2FtZSBmcm9tLlxuICAgIGNvbnN0IG9yaWdpbiA9IGluY2x1ZGVkTGluZXMoc3JjRGlyLCBlbnYsIHNyYylcbiAgICBjb25zdCBhdCA9IChsaW5lPzogbnVtYmVyKSA9PiB7XG4gICAgICBpZiAobGluZSA9PT0gdW5kZWZpbmVkKSByZXR1cm4geyBmaWxlIH1cbiAgICAgIGNvbnN0IGZvdW5kID0gb3JpZ2luKGxpbmUgKyAxICsgb2Zmc2V0KVxuICAgICAgcmV0dXJuIHsgZmlsZTogYCR7cGFnZXNGb2xkZXJ9LyR7Zm91bmQuZmlsZX1gLCBsaW5lOiBmb3VuZC5saW5lIH1cbiAgICB9XG4gICAgZm9yIChjb25zdCBraW5kIG9mIFsnc2NyaXB0cycsICdzdHlsZXMnLCAnY3VzdG9tQmxvY2tzJ10gYXMgY29uc3QpXG4gICAgICBmb3IgKGNvbnN0IGJsb2NrIG9mIGVudi5zZmNCbG9ja3M/LltraW5kXSA/PyBbXSlcbiAgICAgICAgcHJvYmxlbXMucHVzaCh7IC4uLmF0KGJsb2NrTGluZShibG9jaykpLCBtZXNzYWdlOiBzZmNNZXNzYWdlKGtpbmQpIH0pXG4gICAgLy8gTm90aGluZyBvZiB0aGVtIHJlYWNoZXMgdGhlIHBhZ2UgY29tcG9uZW50LCBldmVuIHdoZW4gY29sbGVjdGluZy5cbiAgICBpZiAoZW52LnNmY0Jsb2NrcylcbiAgICAgIGZvciAoY29uc3QgbGlzdCBvZiBPYmplY3QudmFsdWVzKGVudi5zZmNCbG9ja3MpKVxuICAgICAgICBpZiAoQXJyYXkuaXNBcnJheShsaXN0KSkgbGlzdC5sZW5ndGggPSAwXG5cbiAgICBmb3IgKGNvbnN0IGluY2x1ZGVkIG9mIGVudi5pbmNsdWRlcyA/PyBbXSkge1xuICAgICAgY29uc3QgcHJvYmxlbSA9IGluY2x1ZGVQcm9ibGVtKHNyY0RpciwgaW5jbHVkZWQpXG4gICAgICBpZiAocHJvYmxlbSkgcHJvYmxlbXMucHVzaCh7IGZpbGUsIG1lc3NhZ2U6IHByb2JsZW0gfSlcbiAgICB9XG5cbiAgICBjb25zdCBjbGVhbiA9IHNhbml0aXplUGFnZUh0bWwoaHRtbClcbiAgICBmb3IgKGNvbnN0IHJlbW92YWwgb2YgY2xlYW4ucmVtb3ZhbHMpXG4gICAgICBwcm9ibGVtcy5wdXNoKHsgLi4uYXQocmVtb3ZhbC5saW5lKSwgbWVzc2FnZTogcmVtb3ZhbC5tZXNzYWdlIH0pXG4gICAgcmV0dXJuIHByb2JsZW1zLmxlbmd0aCA+IDAgPyBmYWlsKCkgOiBjbGVhbi5odG1sXG4gIH1cbn1cblxuLyoqXG4gKiBNYXBzIGEgbGluZSBvZiBgc3JjYCAodGhlIHBhZ2Ugd2l0aCBpdHMgaW5jbHVkZXMgZXhwYW5kZWQpIHRvIHRoZSBmaWxlXG4gKiBhbmQgbGluZSBpdCBjYW1lIGZyb20uIFdpdGhvdXQgaW5jbHVkZXMsIG9yIHdoZW4gb3VyIGV4cGFuc2lvbiBkb2VzIG5vdFxuICogbWF0Y2ggVml0ZVByZXNzJ3MsIGxpbmVzIGFyZSB0aGUgcGFnZSdzIG93bi5cbiAqL1xuZnVuY3Rpb24gaW5jbHVkZWRMaW5lcyhcbiAgc3JjRGlyOiBzdHJpbmcsXG4gIGVudjogUGFnZUVudixcbiAgc3JjOiBzdHJpbmdcbik6IChsaW5lOiBudW1iZXIpID0+IHsgZmlsZTogc3RyaW5nOyBsaW5lOiBudW1iZXIgfSB7XG4gIGNvbnN0IHBhZ2UgPSBlbnYucmVsYXRpdmVQYXRoID8/ICdwYWdlLm1kJ1xuICBjb25zdCBvd24gPSAobGluZTogbnVtYmVyKSA9PiAoeyBmaWxlOiBwYWdlLCBsaW5lIH0pXG4gIGNvbnN0IHBhdGggPSBqb2luKHNyY0RpciwgcGFnZSlcbiAgaWYgKCFlbnYuaW5jbHVkZXM/Lmxlbmd0aCB8fCAhZXhpc3RzU3luYyhwYXRoKSkgcmV0dXJuIG93blxuICBsZXQgZXhwYW5kZWQ6IFJldHVyblR5cGU8dHlwZW9mIGV4cGFuZEluY2x1ZGVzPlxuICB0cnkge1xuICAgIGV4cGFuZGVkID0gZXhwYW5kSW5jbHVkZXMoc3JjRGlyLCBwYWdlLCByZWFkRmlsZVN5bmMocGF0aCwgJ3V0ZjgnKSlcbiAgfSBjYXRjaCB7XG4gICAgcmV0dXJuIG93blxuICB9XG4gIHJldHVybiBleHBhbmRlZC50ZXh0ID09PSBzcmMgPyBleHBhbmRlZC5vcmlnaW4gOiBvd25cbn1cblxuLyoqIFdoeSBhbiBpbmNsdWRlZCBmaWxlIG1heSBub3QgYmUgaW5jbHVkZWQsIG9yIHVuZGVmaW5lZC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpbmNsdWRlUHJvYmxlbShcbiAgc3JjRGlyOiBzdHJpbmcsXG4gIGluY2x1ZGVkOiBzdHJpbmdcbik6IHN0cmluZyB8IHVuZGVmaW5lZCB7XG4gIGNvbnN0IHBhdGggPSByZWxhdGl2ZShzcmNEaXIsIHJlc29sdmUoc3JjRGlyLCBpbmNsdWRlZCkpXG4gIGlmIChwYXRoLnN0YXJ0c1dpdGgoJy4uJykgfHwgcGF0aC5zdGFydHNXaXRoKHNlcCkgfHwgL15bYS16XTovaS50ZXN0KHBhdGgpKVxuICAgIHJldHVybiBgdGhlIGluY2x1ZGUgb2YgJHtpbmNsdWRlZH0gcmVhY2hlcyBvdXRzaWRlIHRoZSBwYWdlcyBmb2xkZXI7IG9ubHkgLm1kIGZpbGVzIHVuZGVyIGl0IG1heSBiZSBpbmNsdWRlZC5gXG4gIGlmICghcGF0aC5lbmRzV2l0aCgnLm1kJykpXG4gICAgcmV0dXJuIGB0aGUgaW5jbHVkZSBvZiAke3BhdGh9IGlzIG5vdCBhIC5tZCBmaWxlOyBvbmx5IC5tZCBmaWxlcyBtYXkgYmUgaW5jbHVkZWQsIGFuZCB0aGV5IGFyZSBzYW5pdGl6ZWQgbGlrZSBhbnkgcGFnZS5gXG4gIHJldHVybiB1bmRlZmluZWRcbn1cblxuZnVuY3Rpb24gc2ZjTWVzc2FnZShraW5kOiAnc2NyaXB0cycgfCAnc3R5bGVzJyB8ICdjdXN0b21CbG9ja3MnKTogc3RyaW5nIHtcbiAgY29uc3Qgd2hhdCA9IHtcbiAgICBzY3JpcHRzOiAnYSA8c2NyaXB0PicsXG4gICAgc3R5bGVzOiAnYSA8c3R5bGU+JyxcbiAgICBjdXN0b21CbG9ja3M6ICdhIGN1c3RvbSdcbiAgfVtraW5kXVxuICByZXR1cm4gYCR7d2hhdH0gYmxvY2sgaXMgbm90IGFsbG93ZWQgaW4gYSBwYWdlOiBWaXRlUHJlc3Mgd291bGQgbWFrZSBpdCBwYXJ0IG9mIHRoZSBwYWdlJ3MgY29kZS4gVXNlIGEgY29tcG9uZW50IGZyb20gLnZpdGVwcmVzcy90aGVtZS9tYXJrZG93bi1jb21wb25lbnRzLnRzLmBcbn1cblxuLyoqIFRoZSBNYXJrZG93biBsaW5lIFZpdGVQcmVzcydzIHNmYyBydWxlIHRvb2sgYSBibG9jayBmcm9tIChzZXQgYmVsb3cpLiAqL1xuZnVuY3Rpb24gYmxvY2tMaW5lKGJsb2NrOiB1bmtub3duKTogbnVtYmVyIHwgdW5kZWZpbmVkIHtcbiAgcmV0dXJuIChibG9jayBhcyB7IHNhbml0aXplTGluZT86IG51bWJlciB9KS5zYW5pdGl6ZUxpbmVcbn1cblxuLyoqXG4gKiBXcml0ZXMgYSBsaW5lIG1hcmtlciBiZWZvcmUgdGhlIEhUTUwgb2YgZWFjaCBibG9jayB0b2tlbiB0aGF0IGhhcyBhXG4gKiBzb3VyY2UgbGluZSwgd2hpbGUgYSBwYWdlIHJlbmRlcnM7IHRoZSBzYW5pdGl6ZXIgcmVhZHMgYW5kIGRyb3BzIHRoZW0uXG4gKiBBbHNvIG5vdGVzIG9uIGVhY2ggYDxzY3JpcHQ+YC9gPHN0eWxlPmAgYmxvY2sgVml0ZVByZXNzIHRha2VzIG91dCBvZiB0aGVcbiAqIEhUTUwgdGhlIGxpbmUgaXQgY2FtZSBmcm9tLlxuICovXG5mdW5jdGlvbiBtYXJrQmxvY2tMaW5lcyhtZDogTWFya2Rvd25JdCk6IHZvaWQge1xuICBjb25zdCB7IHJ1bGVzIH0gPSBtZC5yZW5kZXJlclxuICBjb25zdCBtYXJrID1cbiAgICAocnVsZTogUnVsZSk6IFJ1bGUgPT5cbiAgICAodG9rZW5zLCBpbmRleCwgb3B0aW9ucywgZW52LCBzZWxmKSA9PiB7XG4gICAgICBjb25zdCB0b2tlbiA9IHRva2Vuc1tpbmRleF1cbiAgICAgIGNvbnN0IHJlbmRlcmVkID0gcnVsZSh0b2tlbnMsIGluZGV4LCBvcHRpb25zLCBlbnYsIHNlbGYpXG4gICAgICBpZiAoIShlbnYgYXMgUGFnZUVudikuc2FuaXRpemVNYXJrZXJzIHx8ICF0b2tlbj8ubWFwIHx8IHRva2VuLm5lc3RpbmcgPCAwKVxuICAgICAgICByZXR1cm4gcmVuZGVyZWRcbiAgICAgIHJldHVybiBsaW5lTWFya2VyKHRva2VuLm1hcFswXSkgKyByZW5kZXJlZFxuICAgIH1cbiAgZm9yIChjb25zdCBbdHlwZSwgcnVsZV0gb2YgT2JqZWN0LmVudHJpZXMocnVsZXMpKVxuICAgIGlmIChydWxlICYmIHR5cGUgIT09ICdodG1sX2Jsb2NrJykgcnVsZXNbdHlwZV0gPSBtYXJrKHJ1bGUpXG5cbiAgY29uc3QgaHRtbEJsb2NrID0gcnVsZXMuaHRtbF9ibG9ja1xuICBpZiAoaHRtbEJsb2NrKVxuICAgIHJ1bGVzLmh0bWxfYmxvY2sgPSBtYXJrKCh0b2tlbnMsIGluZGV4LCBvcHRpb25zLCBlbnY6IFBhZ2VFbnYsIHNlbGYpID0+IHtcbiAgICAgIGNvbnN0IHJlbmRlcmVkID0gaHRtbEJsb2NrKHRva2VucywgaW5kZXgsIG9wdGlvbnMsIGVudiwgc2VsZilcbiAgICAgIC8vIFRoZSBibG9jayBpdCB0b29rIG91dCBvZiB0aGUgSFRNTCwgaWYgYW55LCBpcyB0aGUgb25lIHdpdGhvdXQgYSBsaW5lLlxuICAgICAgZm9yIChjb25zdCBibG9jayBvZiBzZmNCbG9ja0xpc3QoZW52KSBhcyB7IHNhbml0aXplTGluZT86IG51bWJlciB9W10pXG4gICAgICAgIGlmICghKCdzYW5pdGl6ZUxpbmUnIGluIGJsb2NrKSlcbiAgICAgICAgICBibG9jay5zYW5pdGl6ZUxpbmUgPSB0b2tlbnNbaW5kZXhdPy5tYXA/LlswXVxuICAgICAgcmV0dXJuIHJlbmRlcmVkXG4gICAgfSlcblxuICBjb25zdCByZW5kZXJUb2tlbiA9IG1kLnJlbmRlcmVyLnJlbmRlclRva2VuLmJpbmQobWQucmVuZGVyZXIpXG4gIG1kLnJlbmRlcmVyLnJlbmRlclRva2VuID0gKHRva2VucywgaW5kZXgsIG9wdGlvbnMpID0+IHtcbiAgICBjb25zdCB0b2tlbiA9IHRva2Vuc1tpbmRleF1cbiAgICBjb25zdCByZW5kZXJlZCA9IHJlbmRlclRva2VuKHRva2VucywgaW5kZXgsIG9wdGlvbnMpXG4gICAgLy8gcmVuZGVyVG9rZW4gZ2V0cyBubyBlbnY7IGJsb2NrIHRva2VucyB3aXRob3V0IGEgcnVsZSBjb21lIGhlcmUuXG4gICAgaWYgKCFtYXJrZXJzT24gfHwgIXRva2VuPy5tYXAgfHwgdG9rZW4ubmVzdGluZyA8IDAgfHwgIXRva2VuLmJsb2NrKVxuICAgICAgcmV0dXJuIHJlbmRlcmVkXG4gICAgcmV0dXJuIGxpbmVNYXJrZXIodG9rZW4ubWFwWzBdKSArIHJlbmRlcmVkXG4gIH1cbiAgbGV0IG1hcmtlcnNPbiA9IGZhbHNlXG4gIGNvbnN0IHJlbmRlciA9IG1kLnJlbmRlcmVyLnJlbmRlci5iaW5kKG1kLnJlbmRlcmVyKVxuICBtZC5yZW5kZXJlci5yZW5kZXIgPSAodG9rZW5zLCBvcHRpb25zLCBlbnY6IFBhZ2VFbnYpID0+IHtcbiAgICBtYXJrZXJzT24gPSBlbnY/LnNhbml0aXplTWFya2VycyA9PT0gdHJ1ZVxuICAgIHRyeSB7XG4gICAgICByZXR1cm4gcmVuZGVyKHRva2Vucywgb3B0aW9ucywgZW52KVxuICAgIH0gZmluYWxseSB7XG4gICAgICBtYXJrZXJzT24gPSBmYWxzZVxuICAgIH1cbiAgfVxufVxuXG5mdW5jdGlvbiBzZmNCbG9ja0xpc3QoZW52OiBQYWdlRW52KTogdW5rbm93bltdIHtcbiAgY29uc3QgYmxvY2tzID0gZW52LnNmY0Jsb2Nrc1xuICByZXR1cm4gYmxvY2tzXG4gICAgPyBbLi4uYmxvY2tzLnNjcmlwdHMsIC4uLmJsb2Nrcy5zdHlsZXMsIC4uLmJsb2Nrcy5jdXN0b21CbG9ja3NdXG4gICAgOiBbXVxufVxuIiwgImNvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9kaXJuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL2NvbnRlbnRcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29udGVudC9wYWdlLXNjaGVtYS50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL2NvbnRlbnQvcGFnZS1zY2hlbWEudHNcIjsvKipcbiAqIFRoZSBmcm9udG1hdHRlciBrZXlzIGEgcGFnZSBtYXkgaGF2ZSwgYW5kIHdoYXQgZWFjaCBtYXkgaG9sZC4gQSBrZXkgdGhhdFxuICogaXMgbm90IGhlcmUgZmFpbHMgdGhlIGJ1aWxkOiBWaXRlUHJlc3MgYWN0cyBvbiBtYW55IGtleXMgKGBoZWFkYCBhZGRzIHRhZ3NcbiAqIHRvIHRoZSBwYWdlJ3MgaGVhZCwgYHRpdGxlVGVtcGxhdGVgLCBgcGFnZUNsYXNzYCBcdTIwMjYpLCBhbmQgYSBwYWdlIGZyb20gYVxuICogc3RyYW5nZXIgbXVzdCBub3QgcmVhY2ggYW55IG9mIHRoZW0uIFBvbGljeSBwYWdlcycgdmVyc2lvbiBydWxlcyBhcmUgaW5cbiAqIHBvbGljeS9mcm9udG1hdHRlci50cy5cbiAqL1xuaW1wb3J0IHsgeiB9IGZyb20gJ3pvZCdcbmltcG9ydCB0eXBlIHsgUGFnZVNvdXJjZSB9IGZyb20gJy4vZnJvbnRtYXR0ZXInXG5pbXBvcnQgeyB1cmxQcm9ibGVtIH0gZnJvbSAnLi9odG1sLWFsbG93bGlzdCdcblxuLyoqXG4gKiBUZXh0IHRoYXQgdGhlIGRlZmF1bHQgdGhlbWUgbWF5IHNob3cgYXMgSFRNTCAodGhlIGhvbWUgcGFnZSdzIGhlcm8gYW5kXG4gKiBmZWF0dXJlcyBnbyB0aHJvdWdoIGB2LWh0bWxgKTogbm8gdGFncyBpbiBpdCwgc28gcGxhaW4gdGV4dC5cbiAqL1xuY29uc3QgdGV4dCA9IHpcbiAgLnN0cmluZyh7IGVycm9yOiAnbXVzdCBiZSB0ZXh0JyB9KVxuICAucmVmaW5lKCh2YWx1ZSkgPT4gdmFsdWUudHJpbSgpICE9PSAnJywgeyBlcnJvcjogJ211c3Qgbm90IGJlIGVtcHR5JyB9KVxuICAucmVmaW5lKCh2YWx1ZSkgPT4gIXZhbHVlLmluY2x1ZGVzKCc8JyksIHtcbiAgICBlcnJvcjogJ211c3QgYmUgcGxhaW4gdGV4dDogXCI8XCIgaXMgbm90IGFsbG93ZWQnXG4gIH0pXG5cbi8qKiBBIGxpbms6IGEgcGF0aCwgYGNvbW11bml0eTo8aWQ+YCwgb3IgYSBVUkwgd2l0aCBhIHNhZmUgc2NoZW1lLiAqL1xuY29uc3QgbGluayA9IHouc3RyaW5nKHsgZXJyb3I6ICdtdXN0IGJlIGEgbGluaycgfSkuc3VwZXJSZWZpbmUoKHZhbHVlLCBjdHgpID0+IHtcbiAgY29uc3QgcHJvYmxlbSA9IHZhbHVlLnN0YXJ0c1dpdGgoJ2NvbW11bml0eTonKVxuICAgID8gdW5kZWZpbmVkXG4gICAgOiB1cmxQcm9ibGVtKHZhbHVlLCAnbGluaycpXG4gIGlmIChwcm9ibGVtKVxuICAgIGN0eC5hZGRJc3N1ZSh7XG4gICAgICBjb2RlOiAnY3VzdG9tJyxcbiAgICAgIG1lc3NhZ2U6IGBpcyBub3QgYW4gYWxsb3dlZCBsaW5rOiAke3Byb2JsZW19YFxuICAgIH0pXG59KVxuXG5jb25zdCBjYWxlbmRhckRhdGUgPSB6XG4gIC5zdHJpbmcoe1xuICAgIGVycm9yOiBcIm11c3QgYmUgYSBkYXRlIHdyaXR0ZW4gWVlZWS1NTS1ERCBpbiBxdW90ZXMsIHN1Y2ggYXMgJzIwMjYtMTEtMjUnXCJcbiAgfSlcbiAgLnJlZmluZShcbiAgICAodmFsdWUpID0+XG4gICAgICAvXlxcZHs0fS1cXGR7Mn0tXFxkezJ9JC8udGVzdCh2YWx1ZSkgJiZcbiAgICAgIG5ldyBEYXRlKGAke3ZhbHVlfVQwMDowMDowMFpgKS50b0lTT1N0cmluZygpLnN0YXJ0c1dpdGgodmFsdWUpLFxuICAgIHsgZXJyb3I6IFwibXVzdCBiZSBhIGRhdGUgd3JpdHRlbiBZWVlZLU1NLURELCBzdWNoIGFzICcyMDI2LTExLTI1J1wiIH1cbiAgKVxuXG5jb25zdCB2ZXJzaW9uID0gelxuICAuc3RyaW5nKHsgZXJyb3I6IFwibXVzdCBiZSB0ZXh0IGluIHF1b3Rlcywgc3VjaCBhcyB2ZXJzaW9uOiAnMS4xJ1wiIH0pXG4gIC5yZWZpbmUoKHZhbHVlKSA9PiB2YWx1ZS50cmltKCkgIT09ICcnLCB7XG4gICAgZXJyb3I6IFwibXVzdCBiZSB0ZXh0IGluIHF1b3Rlcywgc3VjaCBhcyB2ZXJzaW9uOiAnMS4xJ1wiXG4gIH0pXG5cbmV4cG9ydCBjb25zdCBjaGFuZ2Vsb2dFbnRyeVNjaGVtYSA9IHouc3RyaWN0T2JqZWN0KHtcbiAgdmVyc2lvbixcbiAgZGF0ZTogY2FsZW5kYXJEYXRlLFxuICBzdW1tYXJ5OiB0ZXh0XG59KVxuXG5leHBvcnQgY29uc3QgcGFnZUZyb250bWF0dGVyU2NoZW1hID0gei5zdHJpY3RPYmplY3Qoe1xuICB0aXRsZTogdGV4dCxcbiAgZGVzY3JpcHRpb246IHRleHQsXG4gIC8vIFBvbGljeSBwYWdlcyAoc2VlIHBvbGljeS9mcm9udG1hdHRlci50cylcbiAgdmVyc2lvbjogdmVyc2lvbi5vcHRpb25hbCgpLFxuICBlZmZlY3RpdmVEYXRlOiBjYWxlbmRhckRhdGUub3B0aW9uYWwoKSxcbiAgY2hhbmdlbG9nOiB6LmFycmF5KGNoYW5nZWxvZ0VudHJ5U2NoZW1hKS5taW4oMSkub3B0aW9uYWwoKSxcbiAgLy8gVGhlIGhvbWUgcGFnZVxuICBsYXlvdXQ6IHouZW51bShbJ2hvbWUnLCAnZG9jJywgJ3BhZ2UnXSkub3B0aW9uYWwoKSxcbiAgaGVybzogelxuICAgIC5zdHJpY3RPYmplY3Qoe1xuICAgICAgbmFtZTogdGV4dCxcbiAgICAgIHRleHQ6IHRleHQub3B0aW9uYWwoKSxcbiAgICAgIHRhZ2xpbmU6IHRleHQub3B0aW9uYWwoKSxcbiAgICAgIGFjdGlvbnM6IHpcbiAgICAgICAgLmFycmF5KFxuICAgICAgICAgIHouc3RyaWN0T2JqZWN0KHtcbiAgICAgICAgICAgIHRoZW1lOiB6LmVudW0oWydicmFuZCcsICdhbHQnXSkub3B0aW9uYWwoKSxcbiAgICAgICAgICAgIHRleHQsXG4gICAgICAgICAgICBsaW5rXG4gICAgICAgICAgfSlcbiAgICAgICAgKVxuICAgICAgICAub3B0aW9uYWwoKVxuICAgIH0pXG4gICAgLm9wdGlvbmFsKCksXG4gIGZlYXR1cmVzOiB6XG4gICAgLmFycmF5KFxuICAgICAgei5zdHJpY3RPYmplY3Qoe1xuICAgICAgICB0aXRsZTogdGV4dCxcbiAgICAgICAgZGV0YWlsczogdGV4dC5vcHRpb25hbCgpLFxuICAgICAgICBsaW5rOiBsaW5rLm9wdGlvbmFsKCksXG4gICAgICAgIGxpbmtUZXh0OiB0ZXh0Lm9wdGlvbmFsKClcbiAgICAgIH0pXG4gICAgKVxuICAgIC5vcHRpb25hbCgpLFxuICAvLyBQYWdlcyBvdXRzaWRlIHRoZSByZWFkaW5nIG9yZGVyIChwcmV2L25leHQgbGlua3Mgb2ZmKVxuICBwcmV2OiB6LmxpdGVyYWwoZmFsc2UpLm9wdGlvbmFsKCksXG4gIG5leHQ6IHoubGl0ZXJhbChmYWxzZSkub3B0aW9uYWwoKVxufSlcblxuZXhwb3J0IHR5cGUgUGFnZUZyb250bWF0dGVyID0gei5pbmZlcjx0eXBlb2YgcGFnZUZyb250bWF0dGVyU2NoZW1hPlxuXG5leHBvcnQgaW50ZXJmYWNlIEZyb250bWF0dGVyUHJvYmxlbSB7XG4gIGxpbmU6IG51bWJlclxuICBtZXNzYWdlOiBzdHJpbmdcbn1cblxuLyoqIFdoeSBhIGZpZWxkIG1hdHRlcnMsIGZvciB0aGUgbWVzc2FnZSB3aGVuIGl0IGlzIG1pc3NpbmcuICovXG5jb25zdCBtaXNzaW5nSGludHM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIHN0cmluZz4+ID0ge1xuICB0aXRsZTpcbiAgICAnRXZlcnkgcGFnZSBuZWVkcyBhIHRpdGxlOiB0aGUgYnJvd3NlciB0YWIgYW5kIHNlYXJjaCByZXN1bHRzIHNob3cgaXQuJyxcbiAgZGVzY3JpcHRpb246XG4gICAgJ0V2ZXJ5IHBhZ2UgbmVlZHMgYSBvbmUtc2VudGVuY2UgZGVzY3JpcHRpb246IHNlYXJjaCBlbmdpbmVzIGFuZCBsaW5rIHByZXZpZXdzIGluIFNsYWNrIHNob3cgaXQuJ1xufVxuXG4vKiogTWVzc2FnZXMgZm9yIHRoZSBpc3N1ZXMgd2hvc2Ugc2NoZW1hIGdpdmVzIG5vbmUuICovXG5mdW5jdGlvbiBkZWZhdWx0TWVzc2FnZShpc3N1ZTogeyBjb2RlOiBzdHJpbmc7IGV4cGVjdGVkPzogc3RyaW5nIH0pOiBzdHJpbmcge1xuICBpZiAoaXNzdWUuY29kZSA9PT0gJ2ludmFsaWRfdHlwZScpXG4gICAgcmV0dXJuIGlzc3VlLmV4cGVjdGVkID09PSAnYXJyYXknXG4gICAgICA/ICdtdXN0IGJlIGEgbGlzdCdcbiAgICAgIDogaXNzdWUuZXhwZWN0ZWQgPT09ICdvYmplY3QnXG4gICAgICAgID8gJ211c3QgYmUgYSBsaXN0IG9mIFwia2V5OiB2YWx1ZVwiIGxpbmVzJ1xuICAgICAgICA6IGBtdXN0IGJlICR7aXNzdWUuZXhwZWN0ZWQgPT09ICdzdHJpbmcnID8gJ3RleHQnIDogaXNzdWUuZXhwZWN0ZWR9YFxuICBpZiAoaXNzdWUuY29kZSA9PT0gJ2ludmFsaWRfdmFsdWUnKSByZXR1cm4gJ2lzIG5vdCBvbmUgb2YgdGhlIGFsbG93ZWQgdmFsdWVzJ1xuICByZXR1cm4gJ2lzIG5vdCB2YWxpZCdcbn1cblxuLyoqIGBjaGFuZ2Vsb2dbMV0uZGF0ZWAgKi9cbmZ1bmN0aW9uIGZpZWxkTmFtZShwYXRoOiByZWFkb25seSBQcm9wZXJ0eUtleVtdKTogc3RyaW5nIHtcbiAgcmV0dXJuIHBhdGhcbiAgICAubWFwKChrZXksIGluZGV4KSA9PlxuICAgICAgdHlwZW9mIGtleSA9PT0gJ251bWJlcidcbiAgICAgICAgPyBgWyR7a2V5fV1gXG4gICAgICAgIDogYCR7aW5kZXggPiAwID8gJy4nIDogJyd9JHtTdHJpbmcoa2V5KX1gXG4gICAgKVxuICAgIC5qb2luKCcnKVxufVxuXG4vKiogRGVzY3JpYmVzIGEgd3JvbmcgdmFsdWUgZm9yIGEgbWVzc2FnZTogYDEuMSAoYSBudW1iZXIpYC4gKi9cbmV4cG9ydCBmdW5jdGlvbiBzaG93bih2YWx1ZTogdW5rbm93bik6IHN0cmluZyB7XG4gIGlmICh0eXBlb2YgdmFsdWUgPT09ICdzdHJpbmcnKSByZXR1cm4gYFwiJHt2YWx1ZX1cImBcbiAgaWYgKHZhbHVlIGluc3RhbmNlb2YgRGF0ZSlcbiAgICByZXR1cm4gYCR7dmFsdWUudG9JU09TdHJpbmcoKS5zbGljZSgwLCAxMCl9IChhIGRhdGUpYFxuICByZXR1cm4gYCR7SlNPTi5zdHJpbmdpZnkodmFsdWUpfSAoJHtBcnJheS5pc0FycmF5KHZhbHVlKSA/ICdhIGxpc3QnIDogYGEgJHt0eXBlb2YgdmFsdWV9YH0pYFxufVxuXG4vKiogRXZlcnkgcHJvYmxlbSBpbiBhIHBhZ2UncyBmcm9udG1hdHRlciwgZWFjaCB3aXRoIGl0cyBmaWxlIGxpbmUuICovXG5leHBvcnQgZnVuY3Rpb24gZnJvbnRtYXR0ZXJQcm9ibGVtcyhwYWdlOiBQYWdlU291cmNlKTogRnJvbnRtYXR0ZXJQcm9ibGVtW10ge1xuICBpZiAoIXBhZ2UuaGFzRnJvbnRtYXR0ZXIpXG4gICAgcmV0dXJuIFtcbiAgICAgIHtcbiAgICAgICAgbGluZTogMSxcbiAgICAgICAgbWVzc2FnZTpcbiAgICAgICAgICAndGhlIHBhZ2UgaGFzIG5vIGZyb250bWF0dGVyLiBTdGFydCBpdCB3aXRoIGEgYmxvY2sgYmV0d2VlbiB0d28gXCItLS1cIiBsaW5lcyBob2xkaW5nIGl0cyB0aXRsZSBhbmQgZGVzY3JpcHRpb24uJ1xuICAgICAgfVxuICAgIF1cbiAgY29uc3QgcmVzdWx0ID0gcGFnZUZyb250bWF0dGVyU2NoZW1hLnNhZmVQYXJzZShwYWdlLmRhdGEsIHtcbiAgICByZXBvcnRJbnB1dDogdHJ1ZSxcbiAgICBlcnJvcjogZGVmYXVsdE1lc3NhZ2VcbiAgfSlcbiAgaWYgKHJlc3VsdC5zdWNjZXNzKSByZXR1cm4gW11cbiAgcmV0dXJuIHJlc3VsdC5lcnJvci5pc3N1ZXMuZmxhdE1hcCgoaXNzdWUpID0+IHtcbiAgICBpZiAoaXNzdWUuY29kZSA9PT0gJ3VucmVjb2duaXplZF9rZXlzJylcbiAgICAgIHJldHVybiBpc3N1ZS5rZXlzLm1hcCgoa2V5KSA9PiAoe1xuICAgICAgICBsaW5lOiBwYWdlLmxpbmVPZihbLi4uaXNzdWUucGF0aCwga2V5XSksXG4gICAgICAgIG1lc3NhZ2U6IHVua25vd25LZXlNZXNzYWdlKGZpZWxkTmFtZShbLi4uaXNzdWUucGF0aCwga2V5XSkpXG4gICAgICB9KSlcbiAgICBjb25zdCBmaWVsZCA9IGZpZWxkTmFtZShpc3N1ZS5wYXRoKVxuICAgIGNvbnN0IG1lc3NhZ2UgPVxuICAgICAgaXNzdWUuaW5wdXQgPT09IHVuZGVmaW5lZFxuICAgICAgICA/IGB0aGUgZnJvbnRtYXR0ZXIgaGFzIG5vIFwiJHtmaWVsZH1cIi4gJHttaXNzaW5nSGludHNbZmllbGRdID8/ICcnfWAudHJpbSgpXG4gICAgICAgIDogYFwiJHtmaWVsZH1cIiAke2lzc3VlLm1lc3NhZ2V9OyBmb3VuZCAke3Nob3duKGlzc3VlLmlucHV0KX0uYFxuICAgIHJldHVybiBbeyBsaW5lOiBwYWdlLmxpbmVPZihpc3N1ZS5wYXRoKSwgbWVzc2FnZSB9XVxuICB9KVxufVxuXG5mdW5jdGlvbiB1bmtub3duS2V5TWVzc2FnZShmaWVsZDogc3RyaW5nKTogc3RyaW5nIHtcbiAgaWYgKGZpZWxkID09PSAnaGVhZCcpXG4gICAgcmV0dXJuICdcImhlYWRcIiBpcyBub3QgYWxsb3dlZCBpbiBmcm9udG1hdHRlcjogdGhlIHRhZ3MgaW4gYSBwYWdlXFwncyBoZWFkIChsaW5rIHByZXZpZXdzLCBpY29ucykgY29tZSBvbmx5IGZyb20gdGhlIHNpdGVcXCdzIGNvZGUuJ1xuICByZXR1cm4gYFwiJHtmaWVsZH1cIiBpcyBub3QgYSBmcm9udG1hdHRlciBrZXkgdGhpcyBzaXRlIHN1cHBvcnRzOyB0aGUga2V5cyBhcmUgbGlzdGVkIGluIC52aXRlcHJlc3MvY29udGVudC9wYWdlLXNjaGVtYS50cy5gXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29udGVudFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb250ZW50L2h0bWwtYWxsb3dsaXN0LnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29udGVudC9odG1sLWFsbG93bGlzdC50c1wiOy8qKlxuICogV2hhdCBIVE1MIGEgcGFnZSBtYXkgaG9sZCBvbmNlIG1hcmtkb3duLWl0IGhhcyByZW5kZXJlZCBpdDogR2l0SHViJ3NcbiAqIGFsbG93bGlzdCBmb3IgUkVBRE1FcyAocHVibGlzaGVkIGFzIGhhc3QtdXRpbC1zYW5pdGl6ZSdzIGBkZWZhdWx0U2NoZW1hYCksXG4gKiBtaW51cyB3aGF0IHdlIGhhdmUgbm8gdXNlIGZvciwgcGx1cyBleGFjdGx5IHdoYXQgVml0ZVByZXNzJ3Mgb3duIE1hcmtkb3duXG4gKiBvdXRwdXQgbmVlZHM6IGhlYWRlciBhbmNob3JzLCBjb2RlIGJsb2NrcyB3aXRoIHRoZWlyIGNvcHkgYnV0dG9ucywgY3VzdG9tXG4gKiBjb250YWluZXJzLCBHaXRIdWIgYWxlcnRzLCBkZXRhaWxzLCBjb2RlIGdyb3VwcywgYFtbdG9jXV1gLlxuICpcbiAqIEFueXRoaW5nIGVsc2UgaXMgcmVtb3ZlZCBieSB0aGUgc2FuaXRpemVyIChjb250ZW50L3Nhbml0aXplLnRzKSwgYW5kIHRoZVxuICogcmVtb3ZhbCBmYWlscyB0aGUgYnVpbGQuIENvbXBvbmVudHMgYW5kIHRoZWlyIHByb3BzIGFyZSBsaXN0ZWQgYXBhcnQsIGluXG4gKiB0aGVtZS9tYXJrZG93bi1jb21wb25lbnRzLnRzLlxuICovXG5cbi8qKiBBdHRyaWJ1dGVzIGFueSBhbGxvd2VkIGVsZW1lbnQgbWF5IGhhdmUgKEdpdEh1YidzIGxpc3QsIHRyaW1tZWQpLiAqL1xuZXhwb3J0IGNvbnN0IGdsb2JhbEF0dHJpYnV0ZXM6IHJlYWRvbmx5IHN0cmluZ1tdID0gW1xuICAnYWJicicsXG4gICdhbGlnbicsXG4gICdhbHQnLFxuICAnYXJpYS1kZXNjcmliZWRieScsXG4gICdhcmlhLWhpZGRlbicsXG4gICdhcmlhLWxhYmVsJyxcbiAgJ2FyaWEtbGFiZWxsZWRieScsXG4gICdjbGFzcycsXG4gICdjb2xzcGFuJyxcbiAgJ2RhdGV0aW1lJyxcbiAgJ2RpcicsXG4gICdoZWFkZXJzJyxcbiAgJ2hlaWdodCcsXG4gICdpZCcsXG4gICdsYW5nJyxcbiAgJ3Jvd3NwYW4nLFxuICAnc2NvcGUnLFxuICAnc3BhbicsXG4gICdzdGFydCcsXG4gICdzdW1tYXJ5JyxcbiAgJ3RhYmluZGV4JyxcbiAgJ3RpdGxlJyxcbiAgJ3ZhbGlnbicsXG4gICd3aWR0aCdcbl1cblxuLyoqIEVsZW1lbnQgXHUyMTkyIHRoZSBhdHRyaWJ1dGVzIGl0IG1heSBoYXZlIGJlc2lkZXMgdGhlIGdsb2JhbCBvbmVzLiAqL1xuZXhwb3J0IGNvbnN0IGh0bWxFbGVtZW50czogUmVhZG9ubHk8UmVjb3JkPHN0cmluZywgcmVhZG9ubHkgc3RyaW5nW10+PiA9IHtcbiAgLi4uT2JqZWN0LmZyb21FbnRyaWVzKFxuICAgIFtcbiAgICAgIC4uLlsnaDEnLCAnaDInLCAnaDMnLCAnaDQnLCAnaDUnLCAnaDYnLCAncCcsICdkaXYnLCAnc3BhbicsICdicicsICdociddLFxuICAgICAgLi4uWydiJywgJ2knLCAnc3Ryb25nJywgJ2VtJywgJ3ByZScsICdjb2RlJywgJ3R0JywgJ3N1cCcsICdzdWInLCAncyddLFxuICAgICAgLi4uWydzdHJpa2UnLCAna2JkJywgJ3NhbXAnLCAndmFyJywgJ21hcmsnLCAnc21hbGwnLCAnYWJicicsICdiZG8nXSxcbiAgICAgIC4uLlsnZGZuJywgJ3RpbWUnLCAnd2JyJywgJ3J1YnknLCAncnQnLCAncnAnLCAndWwnLCAnZGwnLCAnZHQnLCAnZGQnXSxcbiAgICAgIC4uLlsndGFibGUnLCAndGhlYWQnLCAndGJvZHknLCAndGZvb3QnLCAndHInLCAndGQnLCAndGgnLCAnY2FwdGlvbiddLFxuICAgICAgLi4uWydmaWd1cmUnLCAnZmlnY2FwdGlvbicsICdzdW1tYXJ5JywgJ2NpdGUnLCAnbmF2JywgJ2J1dHRvbiddXG4gICAgXS5tYXAoKG5hbWUpID0+IFtuYW1lLCBbXV0pXG4gICksXG4gIGE6IFsnaHJlZicsICd0YXJnZXQnLCAncmVsJywgJ2hyZWZsYW5nJ10sXG4gIGltZzogWydzcmMnLCAnbG9hZGluZyddLFxuICBvbDogWyd0eXBlJywgJ3JldmVyc2VkJ10sXG4gIGxpOiBbJ3ZhbHVlJ10sXG4gIGJsb2NrcXVvdGU6IFsnY2l0ZSddLFxuICBxOiBbJ2NpdGUnXSxcbiAgZGVsOiBbJ2NpdGUnXSxcbiAgaW5zOiBbJ2NpdGUnXSxcbiAgZGV0YWlsczogWydvcGVuJ10sXG4gIC8vIENvZGUgZ3JvdXBzOiB0YWJzIGFyZSByYWRpbyBidXR0b25zIGFuZCB0aGVpciBsYWJlbHMuXG4gIGlucHV0OiBbJ3R5cGUnLCAnbmFtZScsICdjaGVja2VkJywgJ2Rpc2FibGVkJ10sXG4gIGxhYmVsOiBbJ2ZvcicsICdkYXRhLXRpdGxlJ11cbn1cblxuLyoqIE9ubHkgdGhlc2UgdmFsdWVzLCB3aGVyZSBhbiBhdHRyaWJ1dGUncyB2YWx1ZXMgYXJlIGZldy4gKi9cbmV4cG9ydCBjb25zdCBhdHRyaWJ1dGVWYWx1ZXM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIFJlZ0V4cD4+ID0ge1xuICB0YXJnZXQ6IC9eX2JsYW5rJC8sXG4gIHJlbDogL14oPzpub3JlZmVycmVyfG5vb3BlbmVyfG5vZm9sbG93KSg/OiAoPzpub3JlZmVycmVyfG5vb3BlbmVyfG5vZm9sbG93KSkqJC8sXG4gIHRhYmluZGV4OiAvXig/Oi0xfDApJC8sXG4gIC8vIENvZGUgZ3JvdXBzIHVzZSByYWRpbyBidXR0b25zOyBHaXRIdWIgdGFzayBsaXN0cyB1c2UgY2hlY2tib3hlcy5cbiAgdHlwZTogL14oPzpyYWRpb3xjaGVja2JveHwxfGF8QXxpfEkpJC8sXG4gIGxvYWRpbmc6IC9eKD86bGF6eXxlYWdlcikkLyxcbiAgaWQ6IC9eW15cXHNdKyQvXG59XG5cbi8qKlxuICogVGhlIGNsYXNzZXMgVml0ZVByZXNzJ3MgTWFya2Rvd24gb3V0cHV0IHVzZXMgKHNvIE1hcmtkb3duIHN5bnRheCBjb3VsZFxuICogcHJvZHVjZSB0aGVtIGFueXdheSksIGFuZCBvdXJzLiBBbnkgb3RoZXIgY2xhc3MgY291bGQgcGljayB1cCB0aGUgdGhlbWUnc1xuICogc3R5bGVzIGZvciBmaXhlZCBvciBmdWxsLXNjcmVlbiBlbGVtZW50cy5cbiAqL1xuY29uc3QgY2xhc3NOYW1lcyA9IG5ldyBTZXQoW1xuICAvLyBIZWFkZXIgYW5jaG9ycywgW1t0b2NdXSwgdGFibGVzIG9mIGNvbnRlbnRzXG4gIC4uLlsnaGVhZGVyLWFuY2hvcicsICd0YWJsZS1vZi1jb250ZW50cyddLFxuICAvLyBDdXN0b20gY29udGFpbmVycywgZGV0YWlscywgR2l0SHViIGFsZXJ0cywgOjo6IHJhd1xuICAuLi5bJ2N1c3RvbS1ibG9jaycsICdjdXN0b20tYmxvY2stdGl0bGUnLCAnZ2l0aHViLWFsZXJ0JywgJ3ZwLXJhdyddLFxuICAuLi5bJ3RpcCcsICdpbmZvJywgJ3dhcm5pbmcnLCAnZGFuZ2VyJywgJ2RldGFpbHMnLCAnbm90ZScsICdpbXBvcnRhbnQnXSxcbiAgJ2NhdXRpb24nLFxuICAvLyBDb2RlIGJsb2NrcyBhbmQgY29kZSBncm91cHNcbiAgLi4uWyd2cC1jb2RlLWdyb3VwJywgJ3RhYnMnLCAnYmxvY2tzJywgJ2FjdGl2ZScsICd2cC1hZGFwdGl2ZS10aGVtZSddLFxuICAuLi5bJ2NvcHknLCAnbGFuZycsICdzaGlraScsICdzaGlraS10aGVtZXMnLCAndnAtY29kZScsICdsaW5lJ10sXG4gIC4uLlsnZ2l0aHViLWxpZ2h0JywgJ2dpdGh1Yi1kYXJrJywgJ2hhcy1oaWdobGlnaHRlZCcsICdoYXMtZGlmZiddLFxuICAuLi5bJ2hhcy1mb2N1c2VkLWxpbmVzJywgJ2hpZ2hsaWdodGVkJywgJ2Vycm9yJywgJ2hhcy1mb2N1cycsICdkaWZmJ10sXG4gIC4uLlsnYWRkJywgJ3JlbW92ZScsICdsaW5lLW51bWJlcnMtbW9kZScsICdsaW5lLW51bWJlcnMtd3JhcHBlciddLFxuICAnbGluZS1udW1iZXInLFxuICAvLyBPdXJzOiB0aGUgcnVsZS1jb250YWluZXIgcGx1Z2luJ3MgYW5jaG9ycyBmb3IgYSBydWxlJ3MgZm9ybWVyIGlkc1xuICAncnVsZS1hbGlhcy1hbmNob3InXG5dKVxuXG4vKiogYGxhbmd1YWdlLXRzYDogYSBjb2RlIGJsb2NrJ3MgbGFuZ3VhZ2UsIGZyb20gaXRzIGZlbmNlLiAqL1xuY29uc3QgbGFuZ3VhZ2VDbGFzcyA9IC9ebGFuZ3VhZ2UtW1xcdysjLi1dKyQvXG5cbmV4cG9ydCBmdW5jdGlvbiBpc0FsbG93ZWRDbGFzcyhuYW1lOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgcmV0dXJuIGNsYXNzTmFtZXMuaGFzKG5hbWUpIHx8IGxhbmd1YWdlQ2xhc3MudGVzdChuYW1lKVxufVxuXG4vKipcbiAqIFN0eWxlIGF0dHJpYnV0ZXM6IG9ubHkgdGhlIGNvbG91cnMgU2hpa2kgZ2l2ZXMgaGlnaGxpZ2h0ZWQgY29kZSBhbmQgdGhlXG4gKiBjb2x1bW4gYWxpZ25tZW50IG1hcmtkb3duLWl0IGdpdmVzIHRhYmxlIGNlbGxzLiBOb3RoaW5nIHRoYXQgcG9zaXRpb25zLFxuICogc2l6ZXMgb3IgbG9hZHMgYW55dGhpbmcuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBpc0FsbG93ZWRTdHlsZShlbGVtZW50OiBzdHJpbmcsIHZhbHVlOiBzdHJpbmcpOiBib29sZWFuIHtcbiAgaWYgKGVsZW1lbnQgPT09ICdzcGFuJylcbiAgICByZXR1cm4gL14oPzotLXNoaWtpLVthLXotXSs6KD86I1swLTlhLWZBLUZdezMsOH18aXRhbGljfGJvbGR8dW5kZXJsaW5lfG5vcm1hbHxub25lfGluaGVyaXQpOz8pKyQvLnRlc3QoXG4gICAgICB2YWx1ZVxuICAgIClcbiAgaWYgKGVsZW1lbnQgPT09ICd0aCcgfHwgZWxlbWVudCA9PT0gJ3RkJylcbiAgICByZXR1cm4gL150ZXh0LWFsaWduOiA/KD86bGVmdHxjZW50ZXJ8cmlnaHQpOz8kLy50ZXN0KHZhbHVlKVxuICByZXR1cm4gZmFsc2Vcbn1cblxuLyoqIEF0dHJpYnV0ZXMgd2hvc2UgdmFsdWUgaXMgYSBVUkwuICovXG5leHBvcnQgY29uc3QgdXJsQXR0cmlidXRlcyA9IG5ldyBTZXQoWydocmVmJywgJ3NyYycsICdjaXRlJ10pXG5cbi8qKiBMaW5rIHNjaGVtZXMgYSByZWFkZXIgbWF5IGZvbGxvdyAoR2l0SHViJ3MgbGlzdCwgdHJpbW1lZCkuICovXG5jb25zdCBsaW5rU2NoZW1lcyA9IG5ldyBTZXQoWydodHRwJywgJ2h0dHBzJywgJ21haWx0byddKVxuXG4vKipcbiAqIFdoeSBhIFVSTCBtYXkgbm90IGJlIHVzZWQsIG9yIHVuZGVmaW5lZCB3aGVuIGl0IG1heS4gYGltYWdlYCBpcyBmb3JcbiAqIHNvdXJjZXMgdGhlIGJyb3dzZXIgZmV0Y2hlcyBieSBpdHNlbGYgKGltZyBzcmMpOiB0aG9zZSBtdXN0IGJlIG9uIHRoaXNcbiAqIHNpdGUsIGJlY2F1c2UgYSByZXF1ZXN0IHRvIGFub3RoZXIgaG9zdCB0ZWxscyBpdCB3aG8gcmVhZHMgdGhlIHBhZ2UuXG4gKlxuICogQnJvd3NlcnMgaWdub3JlIGNhc2UsIGNvbnRyb2wgY2hhcmFjdGVycyBhbmQgc3BhY2VzIGF0IHRoZSBlbmRzLCBhbmQgdGFic1xuICogYW5kIG5ld2xpbmVzIGFueXdoZXJlIChgamF2YVxcdHNjcmlwdDpgKSwgYW5kIHJlYWQgYFxcYCBhcyBgL2A6IHNvIGRvIHdlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gdXJsUHJvYmxlbShcbiAgdXJsOiBzdHJpbmcsXG4gIHVzZTogJ2xpbmsnIHwgJ2ltYWdlJ1xuKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgLy8gZXNsaW50LWRpc2FibGUtbmV4dC1saW5lIG5vLWNvbnRyb2wtcmVnZXhcbiAgY29uc3QgcGxhaW4gPSB1cmwucmVwbGFjZSgvW1xcdTAwMDAtXFx1MDAyMFxcdTAwN2YtXFx1MDA5Zl0vZywgJycpXG4gIGNvbnN0IHNjaGVtZSA9IC9eKFthLXpdW2EtejAtOSsuLV0qKTovaS5leGVjKHBsYWluKT8uWzFdPy50b0xvd2VyQ2FzZSgpXG4gIGNvbnN0IG90aGVySG9zdCA9IC9eWy9cXFxcXXsyfS8udGVzdChwbGFpbilcbiAgaWYgKHVzZSA9PT0gJ2ltYWdlJykge1xuICAgIGlmIChzY2hlbWUgPT09ICdkYXRhJykgcmV0dXJuICdhIGRhdGE6IFVSTCBpcyBub3QgYWxsb3dlZCdcbiAgICBpZiAoc2NoZW1lIHx8IG90aGVySG9zdClcbiAgICAgIHJldHVybiAnYW4gaW1hZ2UgZnJvbSBhbm90aGVyIHNpdGUgaXMgYSByZXF1ZXN0IHRoYXQgdGVsbHMgdGhhdCBzaXRlIHdobyByZWFkcyB0aGUgcGFnZTsgcHV0IHRoZSBpbWFnZSBpbiBwdWJsaWMvIGFuZCB1c2UgYSByZWxhdGl2ZSBwYXRoJ1xuICAgIHJldHVybiB1bmRlZmluZWRcbiAgfVxuICBpZiAoc2NoZW1lICYmICFsaW5rU2NoZW1lcy5oYXMoc2NoZW1lKSlcbiAgICByZXR1cm4gYHRoZSAke3NjaGVtZX06IHNjaGVtZSBpcyBub3QgYWxsb3dlZDsgbGlua3MgbWF5IHVzZSBodHRwOiwgaHR0cHM6LCBtYWlsdG86IG9yIGEgcGF0aCBvbiB0aGlzIHNpdGVgXG4gIGlmIChvdGhlckhvc3QpXG4gICAgcmV0dXJuICdhIGxpbmsgc3RhcnRpbmcgd2l0aCAvLyBpcyBub3QgYWxsb3dlZDsgd3JpdGUgaHR0cHM6Ly8gaW4gZnVsbCdcbiAgcmV0dXJuIHVuZGVmaW5lZFxufVxuXG4vKiogV2h5IHRoZXNlIGVsZW1lbnRzIGFyZSByZWZ1c2VkLCB3aGVyZSB0aGUgcmVhc29uIGlzIG5vdCBvYnZpb3VzLiAqL1xuZXhwb3J0IGNvbnN0IGVsZW1lbnRSZWFzb25zOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBzdHJpbmc+PiA9IHtcbiAgc2NyaXB0OiAnaXQgcnVucyBjb2RlIGluIHJlYWRlcnNcdTIwMTkgYnJvd3NlcnMnLFxuICBzdHlsZTogJ2l0IHJlc3R5bGVzIHRoZSB3aG9sZSBzaXRlLCBhbmQgY2FuIGxvYWQgZnJvbSBhbnl3aGVyZScsXG4gIGlmcmFtZTogJ2l0IGVtYmVkcyBhbm90aGVyIHNpdGUnLFxuICBmcmFtZTogJ2l0IGVtYmVkcyBhbm90aGVyIHNpdGUnLFxuICBvYmplY3Q6ICdpdCBlbWJlZHMgZXh0ZXJuYWwgY29udGVudCcsXG4gIGVtYmVkOiAnaXQgZW1iZWRzIGV4dGVybmFsIGNvbnRlbnQnLFxuICBmb3JtOiAnaXQgc2VuZHMgcmVhZGVyc1x1MjAxOSBpbnB1dCBhbnl3aGVyZScsXG4gIGJhc2U6ICdpdCBjaGFuZ2VzIHdoZXJlIGV2ZXJ5IGxpbmsgb24gdGhlIHBhZ2UgcG9pbnRzJyxcbiAgbWV0YTogJ2l0IGNhbiByZWRpcmVjdCB0aGUgcGFnZScsXG4gIGxpbms6ICdpdCBsb2FkcyBmaWxlcyBmcm9tIGFueXdoZXJlJyxcbiAgc3ZnOiAnU1ZHIGNhbiBydW4gY29kZSAoYW5pbWF0ZSwgc2V0LCBmb3JlaWduT2JqZWN0KScsXG4gIG1hdGg6ICdNYXRoTUwgY2FuIGhpZGUgSFRNTCBmcm9tIHRoZSBzYW5pdGl6ZXInLFxuICB0ZW1wbGF0ZTpcbiAgICAnb25seSBhIGNvbXBvbmVudFx1MjAxOXMgbmFtZWQgc2xvdCwgZGlyZWN0bHkgaW5zaWRlIGl0LCBtYXkgYmUgYSA8dGVtcGxhdGU+JyxcbiAgdGV4dGFyZWE6ICdpdCBpcyBhIGZvcm0gZmllbGQnLFxuICBzZWxlY3Q6ICdpdCBpcyBhIGZvcm0gZmllbGQnXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29udGVudFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb250ZW50L3Nhbml0aXplLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29udGVudC9zYW5pdGl6ZS50c1wiOy8qKlxuICogVGhlIHBhZ2Ugc2FuaXRpemVyOiB0aGUgSFRNTCBtYXJrZG93bi1pdCByZW5kZXJlZCBmb3IgYSBwYWdlIChpbmNsdWRlc1xuICogZXhwYW5kZWQpIGdvZXMgdGhyb3VnaCBoZXJlIGJlZm9yZSBWdWUgY29tcGlsZXMgaXQsIGFzIEdpdEh1YiBzYW5pdGl6ZXMgYVxuICogcmVuZGVyZWQgUkVBRE1FLiBXaGF0ZXZlciBNYXJrZG93biBzeW50YXggcHJvZHVjZWQgYSB0YWcgKHJhdyBIVE1MLCBhXG4gKiBjb250YWluZXIgdGl0bGUsIGFuIGFsZXJ0LCBhIGNvZGUgZ3JvdXAncyB0YWIgbGFiZWwsIGEgZmVuY2UncyBpbmZvXG4gKiBzdHJpbmcsIHRoZSBuZXh0IGZlYXR1cmUgVml0ZVByZXNzIGFkZHMpLCBvbmx5IHdoYXQgdGhlIGFsbG93bGlzdHMgbGV0XG4gKiB0aHJvdWdoIHJlYWNoZXMgdGhlIHBhZ2U6XG4gKlxuICogLSBlbGVtZW50cyBhbmQgYXR0cmlidXRlcyBvZiBodG1sLWFsbG93bGlzdC50cywgd2l0aCBzYWZlIFVSTHMsIGNsYXNzZXNcbiAqICAgYW5kIHN0eWxlcztcbiAqIC0gdGhlIGNvbXBvbmVudHMgb2YgdGhlbWUvbWFya2Rvd24tY29tcG9uZW50cy50cyB3aXRoIHRoZWlyIHByb3BzO1xuICogLSBubyBge2Agb3IgYH1gIGluIHRleHQ6IGVhY2ggaXMgd3JpdHRlbiBhcyBhIGNoYXJhY3RlciByZWZlcmVuY2UsIHNvIHRoYXRcbiAqICAgVnVlIG5ldmVyIHJlYWRzIGB7eyBcdTIwMjYgfX1gIGFzIGFuIGV4cHJlc3Npb24gKHdoaWNoIHdvdWxkIHJ1biBhdCBidWlsZFxuICogICB0aW1lLCBpbiBOb2RlLCBhbmQgaW4gcmVhZGVycycgYnJvd3NlcnMpLiBUaGUgcGFnZSBzaG93cyB0aGUgYnJhY2VzIGFzXG4gKiAgIHdyaXR0ZW4sIHNvIG5vdGhpbmcgaXMgbG9zdDogYHt7IHggfX1gIGluIGEgcGFnZSBpcyB0ZXh0LCBhcyBpdCBpcyBvblxuICogICBHaXRIdWIuXG4gKlxuICogSXQgaXMgc2FuaXRpemUtaHRtbCBvbiBodG1scGFyc2VyMiwgdG9sZCB0byBrZWVwIHRoZSBjYXNlIG9mIHRhZ3MgYW5kXG4gKiBhdHRyaWJ1dGVzIGFuZCB0byByZWFkIGA8VGFnIC8+YCBhcyBjbG9zZWQsIGJlY2F1c2UgdGhlIEhUTUwgaG9sZHMgVnVlXG4gKiBjb21wb25lbnRzLiBFdmVyeSByZW1vdmFsIGlzIHJldHVybmVkIHdpdGggaXRzIHJlYXNvbiwgc28gdGhhdCB0aGUgYnVpbGRcbiAqIGNhbiBmYWlsIG9uIGl0IGFuZCB0aGUgY29udGVudCBsaW50IGNhbiBsaXN0IHRoZW0uXG4gKi9cbmltcG9ydCBzYW5pdGl6ZUh0bWwgZnJvbSAnc2FuaXRpemUtaHRtbCdcbmltcG9ydCB7IGRlY29kZUhUTUxBdHRyaWJ1dGUgfSBmcm9tICdlbnRpdGllcydcbmltcG9ydCB7XG4gIGF0dHJpYnV0ZVZhbHVlcyxcbiAgZWxlbWVudFJlYXNvbnMsXG4gIGdsb2JhbEF0dHJpYnV0ZXMsXG4gIGh0bWxFbGVtZW50cyxcbiAgaXNBbGxvd2VkQ2xhc3MsXG4gIGlzQWxsb3dlZFN0eWxlLFxuICB1cmxBdHRyaWJ1dGVzLFxuICB1cmxQcm9ibGVtXG59IGZyb20gJy4vaHRtbC1hbGxvd2xpc3QnXG5pbXBvcnQge1xuICBtYXJrZG93bkNvbXBvbmVudHMsXG4gIHR5cGUgTWFya2Rvd25Db21wb25lbnQsXG4gIHR5cGUgUHJvcEtpbmRcbn0gZnJvbSAnLi4vdGhlbWUvbWFya2Rvd24tY29tcG9uZW50cydcblxuZXhwb3J0IGludGVyZmFjZSBSZW1vdmFsIHtcbiAgLyoqIDAtYmFzZWQgbGluZSBpbiB0aGUgTWFya2Rvd24sIGZyb20gdGhlIG5lYXJlc3QgbGluZSBtYXJrZXI7IG9yIG5vbmUuICovXG4gIGxpbmU/OiBudW1iZXJcbiAgbWVzc2FnZTogc3RyaW5nXG59XG5cbi8qKlxuICogTWFya2VycyB0aGF0IHRoZSBwYWdlIHBsdWdpbiB3cml0ZXMgYmVmb3JlIGVhY2ggYmxvY2sncyBIVE1MLCBzbyB0aGF0IGFcbiAqIHJlbW92YWwgY2FuIG5hbWUgdGhlIE1hcmtkb3duIGxpbmUgaXQgY2FtZSBmcm9tLiBUaGV5IGFyZSB0YWtlbiBvdXQgb2ZcbiAqIHRoZSB0ZXh0IGFnYWluIGhlcmUuIChQcml2YXRlLXVzZSBjaGFyYWN0ZXJzOiBhIHBhZ2UgdGhhdCB3cml0ZXMgdGhlbVxuICogaXRzZWxmIGNhbiBvbmx5IGNvbmZ1c2UgbGluZSBudW1iZXJzLilcbiAqL1xuZXhwb3J0IGNvbnN0IGxpbmVNYXJrZXIgPSAobGluZTogbnVtYmVyKSA9PiBgXFx1RTAwMCR7bGluZX1cXHVFMDAxYFxuY29uc3QgbGluZU1hcmtlcnMgPSAvXFx1RTAwMChcXGQrKVxcdUUwMDEvXG5cbmNvbnN0IGNvbXBvbmVudHM6IFJlYWRvbmx5PFJlY29yZDxzdHJpbmcsIE1hcmtkb3duQ29tcG9uZW50Pj4gPVxuICBtYXJrZG93bkNvbXBvbmVudHNcbi8qKiBBbnkgZWxlbWVudCAob3IgY29tcG9uZW50KSB0aGF0IG1heSBhcHBlYXIgc29tZXdoZXJlLiAqL1xuY29uc3Qga25vd25FbGVtZW50cyA9IFtcbiAgLi4uT2JqZWN0LmtleXMoaHRtbEVsZW1lbnRzKSxcbiAgLi4uT2JqZWN0LmtleXMoY29tcG9uZW50cyksXG4gICd0ZW1wbGF0ZSdcbl1cblxuLyoqIEVsZW1lbnRzIHdob3NlIHRleHQgaXMgZHJvcHBlZCB3aXRoIHRoZW0uICovXG5jb25zdCBub25UZXh0VGFncyA9IFsnc2NyaXB0JywgJ3N0eWxlJywgJ3RleHRhcmVhJywgJ29wdGlvbicsICd0aXRsZScsICd4bXAnXVxuXG4vKiogQSBwcm9wJ3MgdmFsdWUgY2hlY2tlZCBhZ2FpbnN0IGl0cyBraW5kOiB0aGUgdmFsdWUgdG8ga2VlcCwgb3IgYSByZWFzb24uICovXG5mdW5jdGlvbiBjaGVja1Byb3AoXG4gIGtpbmQ6IFByb3BLaW5kLFxuICB2YWx1ZTogc3RyaW5nXG4pOiB7IHZhbHVlOiBzdHJpbmcgfSB8IHsgcHJvYmxlbTogc3RyaW5nIH0ge1xuICBpZiAoQXJyYXkuaXNBcnJheShraW5kKSlcbiAgICByZXR1cm4ga2luZC5pbmNsdWRlcyh2YWx1ZSlcbiAgICAgID8geyB2YWx1ZSB9XG4gICAgICA6IHsgcHJvYmxlbTogYG11c3QgYmUgb25lIG9mICR7a2luZC5qb2luKCcsICcpfWAgfVxuICBpZiAoa2luZCA9PT0gJ3RleHQnKSByZXR1cm4geyB2YWx1ZSB9XG4gIGlmIChraW5kID09PSAnaWQnKVxuICAgIHJldHVybiAvXlthLXowLTldW2EtejAtOS1dKiQvLnRlc3QodmFsdWUpXG4gICAgICA/IHsgdmFsdWUgfVxuICAgICAgOiB7IHByb2JsZW06ICdtdXN0IGJlIGFuIGlkIHN1Y2ggYXMgYmVmb3JlLXlvdS1hc2snIH1cbiAgaWYgKGtpbmQgPT09ICdwYXRoJylcbiAgICByZXR1cm4gL15cXC8oPyFbL1xcXFxdKVteXFxzOl0qJC8udGVzdCh2YWx1ZSlcbiAgICAgID8geyB2YWx1ZSB9XG4gICAgICA6IHsgcHJvYmxlbTogJ211c3QgYmUgYSBwYXRoIG9uIHRoaXMgc2l0ZSwgc3VjaCBhcyAvY2hhbmdlcycgfVxuICBpZiAoa2luZCA9PT0gJ2ludGVnZXInKVxuICAgIHJldHVybiAvXlxcZHsxLDZ9JC8udGVzdCh2YWx1ZS50cmltKCkpXG4gICAgICA/IHsgdmFsdWU6IFN0cmluZyhOdW1iZXIodmFsdWUpKSB9XG4gICAgICA6IHsgcHJvYmxlbTogJ211c3QgYmUgYSB3aG9sZSBudW1iZXIsIHN1Y2ggYXMgOm51bWJlcj1cIjNcIicgfVxuICB0cnkge1xuICAgIGNvbnN0IGxpc3Q6IHVua25vd24gPSBKU09OLnBhcnNlKHZhbHVlKVxuICAgIGlmIChBcnJheS5pc0FycmF5KGxpc3QpICYmIGxpc3QuZXZlcnkoKGl0ZW0pID0+IHR5cGVvZiBpdGVtID09PSAnc3RyaW5nJykpXG4gICAgICByZXR1cm4geyB2YWx1ZTogSlNPTi5zdHJpbmdpZnkobGlzdCkgfVxuICB9IGNhdGNoIHtcbiAgICAvLyByZXBvcnRlZCBiZWxvd1xuICB9XG4gIHJldHVybiB7IHByb2JsZW06ICdtdXN0IGJlIGEgbGlzdCBvZiB0ZXh0cywgc3VjaCBhcyBbXCJydWxlLTFcIl0nIH1cbn1cblxuLyoqIFRoZSBhdHRyaWJ1dGVzIGFuIGVsZW1lbnQga2VlcHM7IHJlcG9ydHMgZXZlcnkgb25lIGl0IGxvc2VzLiAqL1xuZnVuY3Rpb24gY2hlY2tBdHRyaWJ1dGVzKFxuICB0YWc6IHN0cmluZyxcbiAgcGFyZW50OiBzdHJpbmcgfCB1bmRlZmluZWQsXG4gIGF0dHJpYnV0ZXM6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4sXG4gIHJlcG9ydDogKG1lc3NhZ2U6IHN0cmluZykgPT4gdm9pZFxuKTogUmVjb3JkPHN0cmluZywgc3RyaW5nPiB7XG4gIGNvbnN0IGtlcHQ6IFJlY29yZDxzdHJpbmcsIHN0cmluZz4gPSB7fVxuICBjb25zdCBjb21wb25lbnQgPSBjb21wb25lbnRzW3RhZ11cbiAgZm9yIChjb25zdCBbbmFtZSwgdmFsdWVdIG9mIE9iamVjdC5lbnRyaWVzKGF0dHJpYnV0ZXMpKSB7XG4gICAgY29uc3QgYXR0cmlidXRlID0gYCR7bmFtZX09JHtKU09OLnN0cmluZ2lmeSh2YWx1ZSl9IG9uIDwke3RhZ30+YFxuICAgIGlmIChjb21wb25lbnQpIHtcbiAgICAgIGNvbnN0IGtpbmQgPSBjb21wb25lbnQucHJvcHNbbmFtZV1cbiAgICAgIGlmIChraW5kID09PSB1bmRlZmluZWQpIHtcbiAgICAgICAgcmVwb3J0KFxuICAgICAgICAgIGAke2F0dHJpYnV0ZX06ICR7dGFnfSB0YWtlcyAke09iamVjdC5rZXlzKGNvbXBvbmVudC5wcm9wcykuam9pbignLCAnKSB8fCAnbm8gcHJvcHMnfWBcbiAgICAgICAgKVxuICAgICAgICBjb250aW51ZVxuICAgICAgfVxuICAgICAgY29uc3QgY2hlY2tlZCA9IGNoZWNrUHJvcChraW5kLCB2YWx1ZSlcbiAgICAgIGlmICgncHJvYmxlbScgaW4gY2hlY2tlZCkgcmVwb3J0KGAke2F0dHJpYnV0ZX06ICR7Y2hlY2tlZC5wcm9ibGVtfWApXG4gICAgICBlbHNlIGtlcHRbbmFtZV0gPSBjaGVja2VkLnZhbHVlXG4gICAgICBjb250aW51ZVxuICAgIH1cbiAgICBpZiAodGFnID09PSAndGVtcGxhdGUnICYmIHBhcmVudCAmJiBjb21wb25lbnRzW3BhcmVudF0pIHtcbiAgICAgIGNvbnN0IHNsb3QgPSAvXiMoLispJC8uZXhlYyhuYW1lKT8uWzFdXG4gICAgICBpZiAoc2xvdCAmJiB2YWx1ZSA9PT0gJycgJiYgY29tcG9uZW50c1twYXJlbnRdLnNsb3RzPy5pbmNsdWRlcyhzbG90KSlcbiAgICAgICAga2VwdFtuYW1lXSA9ICcnXG4gICAgICBlbHNlIHJlcG9ydChgJHthdHRyaWJ1dGV9OiAke3BhcmVudH0gaGFzIG5vIHNsb3QgXCIke25hbWV9XCJgKVxuICAgICAgY29udGludWVcbiAgICB9XG4gICAgaWYgKG5hbWUgPT09ICd2LXByZScgJiYgdmFsdWUgPT09ICcnICYmICh0YWcgPT09ICdwcmUnIHx8IHRhZyA9PT0gJ2RpdicpKSB7XG4gICAgICAvLyBTdG9wcyBWdWUgY29tcGlsaW5nIGNvZGUgYmxvY2tzIGFuZCBgOjo6IHYtcHJlYDogc2FmZSBhbnl3aGVyZS5cbiAgICAgIGtlcHRbbmFtZV0gPSAnJ1xuICAgICAgY29udGludWVcbiAgICB9XG4gICAgY29uc3QgcHJvYmxlbSA9IGF0dHJpYnV0ZVByb2JsZW0odGFnLCBuYW1lLCB2YWx1ZSlcbiAgICBpZiAocHJvYmxlbSkgcmVwb3J0KGAke2F0dHJpYnV0ZX06ICR7cHJvYmxlbX1gKVxuICAgIGVsc2Uga2VwdFtuYW1lXSA9IHZhbHVlXG4gIH1cbiAgcmV0dXJuIGtlcHRcbn1cblxuZnVuY3Rpb24gYXR0cmlidXRlUHJvYmxlbShcbiAgdGFnOiBzdHJpbmcsXG4gIG5hbWU6IHN0cmluZyxcbiAgdmFsdWU6IHN0cmluZ1xuKTogc3RyaW5nIHwgdW5kZWZpbmVkIHtcbiAgaWYgKC9eb24vaS50ZXN0KG5hbWUpKSByZXR1cm4gJ2FuIGV2ZW50IGhhbmRsZXIgcnVucyBjb2RlJ1xuICBpZiAoL14oPzp2LXxbOkAjLl0pLy50ZXN0KG5hbWUpKVxuICAgIHJldHVybiAnYSBWdWUgZGlyZWN0aXZlIHJ1bnMgY29kZSBhdCBidWlsZCB0aW1lIGFuZCBpbiByZWFkZXJzXHUyMDE5IGJyb3dzZXJzJ1xuICBpZiAobmFtZSA9PT0gJ3N0eWxlJylcbiAgICByZXR1cm4gaXNBbGxvd2VkU3R5bGUodGFnLCB2YWx1ZSlcbiAgICAgID8gdW5kZWZpbmVkXG4gICAgICA6ICdhIHN0eWxlIGF0dHJpYnV0ZSBjYW4gY292ZXIgdGhlIHBhZ2Ugb3IgbG9hZCBmaWxlcydcbiAgaWYgKCFnbG9iYWxBdHRyaWJ1dGVzLmluY2x1ZGVzKG5hbWUpICYmICFodG1sRWxlbWVudHNbdGFnXT8uaW5jbHVkZXMobmFtZSkpXG4gICAgcmV0dXJuIGA8JHt0YWd9PiBtYXkgbm90IGhhdmUgdGhpcyBhdHRyaWJ1dGVgXG4gIC8vIGh0bWxwYXJzZXIyIGRlY29kZXMgb25seSByZWZlcmVuY2VzIHRoYXQgZW5kIGluIFwiO1wiOyBicm93c2VycyBkZWNvZGVcbiAgLy8gbW9yZSAoYCYjMTA2YXZhc2NyaXB0OmApLCBzbyB0aG9zZSBhcmUgbm90IGFsbG93ZWQuXG4gIGlmIChkZWNvZGVIVE1MQXR0cmlidXRlKHZhbHVlKSAhPT0gdmFsdWUpXG4gICAgcmV0dXJuICdhIGNoYXJhY3RlciByZWZlcmVuY2Ugd2l0aG91dCBpdHMgXCI7XCIgaXMgcmVhZCBkaWZmZXJlbnRseSBieSBicm93c2VycydcbiAgaWYgKHVybEF0dHJpYnV0ZXMuaGFzKG5hbWUpKVxuICAgIHJldHVybiB1cmxQcm9ibGVtKHZhbHVlLCB0YWcgPT09ICdpbWcnID8gJ2ltYWdlJyA6ICdsaW5rJylcbiAgaWYgKG5hbWUgPT09ICdjbGFzcycpIHtcbiAgICBjb25zdCB1bmtub3duID0gdmFsdWUuc3BsaXQoL1xccysvKS5maWx0ZXIoKGMpID0+IGMgJiYgIWlzQWxsb3dlZENsYXNzKGMpKVxuICAgIHJldHVybiB1bmtub3duLmxlbmd0aFxuICAgICAgPyBgY2xhc3MgJHt1bmtub3duLmpvaW4oJywgJyl9IGlzIG5vdCBvbmUgdGhhdCBNYXJrZG93biBwcm9kdWNlc2BcbiAgICAgIDogdW5kZWZpbmVkXG4gIH1cbiAgY29uc3QgcGF0dGVybiA9IGF0dHJpYnV0ZVZhbHVlc1tuYW1lXVxuICByZXR1cm4gcGF0dGVybiAmJiAhcGF0dGVybi50ZXN0KHZhbHVlKVxuICAgID8gJ3RoaXMgdmFsdWUgaXMgbm90IGFsbG93ZWQnXG4gICAgOiB1bmRlZmluZWRcbn1cblxuZnVuY3Rpb24gZWxlbWVudFByb2JsZW0odGFnOiBzdHJpbmcsIHBhcmVudDogc3RyaW5nIHwgdW5kZWZpbmVkKTogc3RyaW5nIHtcbiAgY29uc3QgcmVhc29uID0gZWxlbWVudFJlYXNvbnNbdGFnLnRvTG93ZXJDYXNlKCldXG4gIGlmIChyZWFzb24pIHJldHVybiBgPCR7dGFnfT4gaXMgbm90IGFsbG93ZWQ6ICR7cmVhc29ufWBcbiAgaWYgKC9eW0EtWl18LS8udGVzdCh0YWcpKVxuICAgIHJldHVybiBgPCR7dGFnfT4gaXMgbm90IG9uZSBvZiB0aGUgY29tcG9uZW50cyBwYWdlcyBtYXkgdXNlICgke09iamVjdC5rZXlzKGNvbXBvbmVudHMpLmpvaW4oJywgJyl9KWBcbiAgcmV0dXJuIHBhcmVudCAmJiB0YWcgPT09ICd0ZW1wbGF0ZSdcbiAgICA/IGA8dGVtcGxhdGU+IGluc2lkZSA8JHtwYXJlbnR9PiBpcyBub3QgYWxsb3dlZGBcbiAgICA6IGA8JHt0YWd9PiBpcyBub3QgYW4gZWxlbWVudCBwYWdlcyBtYXkgdXNlYFxufVxuXG4vKiogU2FuaXRpemVzIHJlbmRlcmVkIEhUTUw7IHJldHVybnMgdGhlIHNhZmUgSFRNTCBhbmQgd2hhdCBpdCByZW1vdmVkLiAqL1xuZXhwb3J0IGZ1bmN0aW9uIHNhbml0aXplUGFnZUh0bWwoaHRtbDogc3RyaW5nKToge1xuICBodG1sOiBzdHJpbmdcbiAgcmVtb3ZhbHM6IFJlbW92YWxbXVxufSB7XG4gIGNvbnN0IHJlbW92YWxzOiBSZW1vdmFsW10gPSBbXVxuICBjb25zdCBzdGFjazogc3RyaW5nW10gPSBbXVxuICBsZXQgbGluZTogbnVtYmVyIHwgdW5kZWZpbmVkXG4gIGNvbnN0IHJlcG9ydCA9IChtZXNzYWdlOiBzdHJpbmcpID0+IHJlbW92YWxzLnB1c2goeyBsaW5lLCBtZXNzYWdlIH0pXG5cbiAgY29uc3QgY2xlYW4gPSBzYW5pdGl6ZUh0bWwoaHRtbCwge1xuICAgIGFsbG93ZWRUYWdzOiBrbm93bkVsZW1lbnRzLFxuICAgIC8vIEF0dHJpYnV0ZXMgYXJlIGNoZWNrZWQgKGFuZCByZXBvcnRlZCkgaW4gdHJhbnNmb3JtVGFncyBiZWxvdy5cbiAgICBhbGxvd2VkQXR0cmlidXRlczogZmFsc2UsXG4gICAgYWxsb3dlZFNjaGVtZXM6IFsnaHR0cCcsICdodHRwcycsICdtYWlsdG8nXSxcbiAgICBhbGxvd2VkU2NoZW1lc0J5VGFnOiB7IGltZzogW10gfSxcbiAgICBhbGxvd1Byb3RvY29sUmVsYXRpdmU6IGZhbHNlLFxuICAgIHBhcnNlU3R5bGVBdHRyaWJ1dGVzOiBmYWxzZSxcbiAgICBub25Cb29sZWFuQXR0cmlidXRlczogW10sXG4gICAgc2VsZkNsb3Npbmc6IFsnaW1nJywgJ2JyJywgJ2hyJywgJ2lucHV0JywgJ3diciddLFxuICAgIG5vblRleHRUYWdzLFxuICAgIHBhcnNlcjoge1xuICAgICAgbG93ZXJDYXNlVGFnczogZmFsc2UsXG4gICAgICBsb3dlckNhc2VBdHRyaWJ1dGVOYW1lczogZmFsc2UsXG4gICAgICByZWNvZ25pemVTZWxmQ2xvc2luZzogdHJ1ZVxuICAgIH0sXG4gICAgb25PcGVuVGFnOiAobmFtZSkgPT4gc3RhY2sucHVzaChuYW1lKSxcbiAgICBvbkNsb3NlVGFnOiAoKSA9PiBzdGFjay5wb3AoKSxcbiAgICB0cmFuc2Zvcm1UYWdzOiB7XG4gICAgICAnKic6ICh0YWdOYW1lLCBhdHRyaWJzKSA9PiB7XG4gICAgICAgIGNvbnN0IHBhcmVudCA9IHN0YWNrLmF0KC0yKVxuICAgICAgICBjb25zdCBhbGxvd2VkID1cbiAgICAgICAgICB0YWdOYW1lID09PSAndGVtcGxhdGUnXG4gICAgICAgICAgICA/IHBhcmVudCAhPT0gdW5kZWZpbmVkICYmIGNvbXBvbmVudHNbcGFyZW50XT8uc2xvdHMgIT09IHVuZGVmaW5lZFxuICAgICAgICAgICAgOiBrbm93bkVsZW1lbnRzLmluY2x1ZGVzKHRhZ05hbWUpXG4gICAgICAgIGlmICghYWxsb3dlZCkge1xuICAgICAgICAgIHJlcG9ydChlbGVtZW50UHJvYmxlbSh0YWdOYW1lLCBwYXJlbnQpKVxuICAgICAgICAgIC8vIE5vdCBpbiBhbGxvd2VkVGFnczogc2FuaXRpemUtaHRtbCBkcm9wcyB0aGUgdGFnLCBhbmQgdGhlIHRleHRcbiAgICAgICAgICAvLyBvZiA8c2NyaXB0PiwgPHN0eWxlPiBhbmQgdGhlIGxpa2UuXG4gICAgICAgICAgcmV0dXJuIHsgdGFnTmFtZTogcmVtb3ZlZFRhZ05hbWUodGFnTmFtZSksIGF0dHJpYnM6IHt9IH1cbiAgICAgICAgfVxuICAgICAgICByZXR1cm4ge1xuICAgICAgICAgIHRhZ05hbWUsXG4gICAgICAgICAgYXR0cmliczogY2hlY2tBdHRyaWJ1dGVzKHRhZ05hbWUsIHBhcmVudCwgYXR0cmlicywgcmVwb3J0KVxuICAgICAgICB9XG4gICAgICB9XG4gICAgfSxcbiAgICB0ZXh0RmlsdGVyOiAodGV4dCkgPT4ge1xuICAgICAgLy8gVGhlIGxpbmUgb2YgdGhlIGxhc3QgbWFya2VyLCBwbHVzIHRoZSBuZXdsaW5lcyBhZnRlciBpdC5cbiAgICAgIGNvbnN0IHBhcnRzID0gdGV4dC5zcGxpdChsaW5lTWFya2VycylcbiAgICAgIGZvciAoY29uc3QgW2luZGV4LCBwYXJ0XSBvZiBwYXJ0cy5lbnRyaWVzKCkpIHtcbiAgICAgICAgaWYgKGluZGV4ICUgMiA9PT0gMSkgbGluZSA9IE51bWJlcihwYXJ0KVxuICAgICAgICBlbHNlIGlmIChsaW5lICE9PSB1bmRlZmluZWQpIGxpbmUgKz0gcGFydC5zcGxpdCgnXFxuJykubGVuZ3RoIC0gMVxuICAgICAgfVxuICAgICAgY29uc3QgcGxhaW4gPSBwYXJ0cy5maWx0ZXIoKF8sIGluZGV4KSA9PiBpbmRleCAlIDIgPT09IDApLmpvaW4oJycpXG4gICAgICByZXR1cm4gcGxhaW4ucmVwbGFjZSgvXFx7L2csICcmIzEyMzsnKS5yZXBsYWNlKC9cXH0vZywgJyYjMTI1OycpXG4gICAgfVxuICB9KVxuICByZXR1cm4geyBodG1sOiBjbGVhbiwgcmVtb3ZhbHMgfVxufVxuXG4vKipcbiAqIFRoZSBuYW1lIHRvIGdpdmUgYSB0YWcgdGhhdCBmYWlsZWQgdGhlIGNoZWNrczogb25lIHRoYXQgaXMgbm90IGluXG4gKiBhbGxvd2VkVGFncyAoc28gc2FuaXRpemUtaHRtbCBkcm9wcyBpdCksIGxvd2VyLWNhc2VkIHdoZXJlIHNhbml0aXplLWh0bWxcbiAqIHRoZW4gZHJvcHMgaXRzIHRleHQgdG9vIChgPFNDUklQVD5gKS5cbiAqL1xuZnVuY3Rpb24gcmVtb3ZlZFRhZ05hbWUodGFnTmFtZTogc3RyaW5nKTogc3RyaW5nIHtcbiAgY29uc3QgbG93ZXIgPSB0YWdOYW1lLnRvTG93ZXJDYXNlKClcbiAgaWYgKG5vblRleHRUYWdzLmluY2x1ZGVzKGxvd2VyKSkgcmV0dXJuIGxvd2VyXG4gIHJldHVybiBrbm93bkVsZW1lbnRzLmluY2x1ZGVzKHRhZ05hbWUpID8gJ3JlbW92ZWQtZWxlbWVudCcgOiB0YWdOYW1lXG59XG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvdGhlbWVcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZmlsZW5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvdGhlbWUvbWFya2Rvd24tY29tcG9uZW50cy50c1wiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwgPSBcImZpbGU6Ly8vd29yay93dC10ZXN0cy8udml0ZXByZXNzL3RoZW1lL21hcmtkb3duLWNvbXBvbmVudHMudHNcIjsvKipcbiAqIFRoZSBjb21wb25lbnRzIHRoYXQgTWFya2Rvd24gcGFnZXMgbWF5IHVzZSwgYW5kIHRoZSBwcm9wcyBlYWNoIG1heSB0YWtlOlxuICogdGhlIG9uZSBhbGxvd2xpc3QuXG4gKlxuICogYHRoZW1lL2luZGV4LnRzYCByZWdpc3RlcnMgZXhhY3RseSB0aGVzZSAoaXRzIHR5cGUgbWFrZXMgaXQgbGlzdCBlYWNoXG4gKiBvbmUpLCBhbmQgdGhlIHBhZ2Ugc2FuaXRpemVyIChgY29udGVudC9zYW5pdGl6ZS50c2ApIHJlbW92ZXMgYW55IG90aGVyXG4gKiBjb21wb25lbnQsIGFueSBwcm9wIG5vdCBsaXN0ZWQgaGVyZSwgYW5kIGFueSBwcm9wIHdob3NlIHZhbHVlIGlzIG5vdCBvZlxuICogaXRzIGtpbmQuIFRoaXMgZmlsZSBpbXBvcnRzIG5vIGAudnVlYCBmaWxlLCBzbyBOb2RlIHNjcmlwdHMgY2FuIHJlYWQgaXQuXG4gKlxuICogUHJvcHMgYXJlIHdyaXR0ZW4gYXMgTWFya2Rvd24gd3JpdGVzIHRoZW06IGtlYmFiLWNhc2UsIGFuZCB3aXRoIGEgbGVhZGluZ1xuICogYDpgIHdoZW4gdGhlIHZhbHVlIGlzIGEgVnVlIGV4cHJlc3Npb24uIEFuIGV4cHJlc3Npb24gaXMgb25seSBhbGxvd2VkXG4gKiB3aGVyZSBpdHMga2luZCBpcyBhIGxpdGVyYWwgdGhhdCBjYW5ub3QgcnVuIGNvZGUgKGEgd2hvbGUgbnVtYmVyLCBhIEpTT05cbiAqIGxpc3Qgb2Ygc3RyaW5ncyksIGFuZCB0aGUgc2FuaXRpemVyIHJlLXdyaXRlcyBpdCBmcm9tIHRoZSBwYXJzZWQgdmFsdWUuXG4gKi9cblxuLyoqXG4gKiBXaGF0IGEgcHJvcCdzIHZhbHVlIG1heSBiZS5cbiAqIC0gYHRleHRgOiBhbnkgdGV4dCAoVnVlIHNob3dzIGl0IGVzY2FwZWQpO1xuICogLSBgaWRgOiBhIHNsdWcgc3VjaCBhcyBgYmVmb3JlLXlvdS1hc2tgO1xuICogLSBgcGF0aGA6IGEgcGF0aCBvbiB0aGlzIHNpdGUsIHN1Y2ggYXMgYC9jaGFuZ2VzI3NsYWNrLXJ1bGVzYDtcbiAqIC0gYGludGVnZXJgOiBhIGJvdW5kIGA6cHJvcD1cIjNcImA7XG4gKiAtIGBzdHJpbmctbGlzdGA6IGEgYm91bmQgYDpwcm9wPSdbXCJhXCIsXCJiXCJdJ2A7XG4gKiAtIGEgbGlzdCBvZiBzdHJpbmdzOiBleGFjdGx5IG9uZSBvZiB0aGVtLlxuICovXG5leHBvcnQgdHlwZSBQcm9wS2luZCA9XG4gICd0ZXh0JyB8ICdpZCcgfCAncGF0aCcgfCAnaW50ZWdlcicgfCAnc3RyaW5nLWxpc3QnIHwgcmVhZG9ubHkgc3RyaW5nW11cblxuLyoqIEhvdyBhIGNvbXBvbmVudCBpcyB1c2VkIGluIE1hcmtkb3duLiAqL1xuZXhwb3J0IGludGVyZmFjZSBNYXJrZG93bkNvbXBvbmVudCB7XG4gIC8qKiBQcm9wIChhcyB3cml0dGVuIGluIE1hcmtkb3duKSBcdTIxOTIgdGhlIGtpbmQgb2YgdmFsdWUgaXQgdGFrZXMuICovXG4gIHByb3BzOiBSZWFkb25seTxSZWNvcmQ8c3RyaW5nLCBQcm9wS2luZD4+XG4gIC8qKiBOYW1lZCBzbG90cyBmaWxsZWQgd2l0aCBgPHRlbXBsYXRlICNuYW1lPmAgZGlyZWN0bHkgaW5zaWRlIGl0LiAqL1xuICBzbG90cz86IHJlYWRvbmx5IHN0cmluZ1tdXG59XG5cbmV4cG9ydCBjb25zdCBtYXJrZG93bkNvbXBvbmVudHMgPSB7XG4gIEFjY2Vzc2liaWxpdHlGZWVkYmFjazogeyBwcm9wczoge30gfSxcbiAgQ29udGFjdExpc3Q6IHsgcHJvcHM6IHt9IH0sXG4gIENvcHlhYmxlVGV4dDogeyBwcm9wczogeyB0ZXh0OiAndGV4dCcsIGxhYmVsOiAndGV4dCcsIGNhcHRpb246ICd0ZXh0JyB9IH0sXG4gIFBvbGljeUNoYW5nZXM6IHsgcHJvcHM6IHsgcG9saWN5OiAnaWQnIH0gfSxcbiAgLy8gSW5zZXJ0ZWQgYnkgdGhlIHBvbGljeS12ZXJzaW9uIE1hcmtkb3duIHBsdWdpbiwgbm90IHdyaXR0ZW4gYnkgaGFuZC5cbiAgUG9saWN5VmVyc2lvbjoge1xuICAgIHByb3BzOiB7IHZlcnNpb246ICd0ZXh0JywgJ2VmZmVjdGl2ZS1kYXRlJzogJ3RleHQnLCAnY2hhbmdlcy1saW5rJzogJ3BhdGgnIH1cbiAgfSxcbiAgUmVwb3J0Q2hlY2tsaXN0OiB7IHByb3BzOiB7fSB9LFxuICBSZXBvcnRSb3V0ZXM6IHsgcHJvcHM6IHt9IH0sXG4gIFJlcG9ydFRpbWVsaW5lOiB7IHByb3BzOiB7fSB9LFxuICBSZXNvdXJjZUxpbmtMaXN0OiB7IHByb3BzOiB7IGdyb3VwOiAnaWQnIH0gfSxcbiAgLy8gV3JpdHRlbiBieSB0aGUgcnVsZS1jb250YWluZXIgTWFya2Rvd24gcGx1Z2luIGZyb20gYSBgOjo6IHJ1bGVgIGJsb2NrLlxuICBSdWxlQ2FyZDoge1xuICAgIHByb3BzOiB7XG4gICAgICAncnVsZS1pZCc6ICdpZCcsXG4gICAgICAnOm51bWJlcic6ICdpbnRlZ2VyJyxcbiAgICAgIHRpdGxlOiAndGV4dCcsXG4gICAgICBzdW1tYXJ5OiAndGV4dCcsXG4gICAgICAnOmFsaWFzZXMnOiAnc3RyaW5nLWxpc3QnXG4gICAgfSxcbiAgICBzbG90czogWydleGFtcGxlcycsICdjb25zZXF1ZW5jZSddXG4gIH0sXG4gIFJ1bGVFeGFtcGxlOiB7IHByb3BzOiB7IGtpbmQ6IFsnZ29vZCcsICdwb29yJ10gfSB9LFxuICBXZWxjb21lTWVzc2FnZTogeyBwcm9wczogeyBmb3JtYXQ6IFsnbXJrZHduJywgJ2Jsb2NrLWtpdCddIH0gfVxufSBhcyBjb25zdCBzYXRpc2ZpZXMgUmVjb3JkPHN0cmluZywgTWFya2Rvd25Db21wb25lbnQ+XG5cbmV4cG9ydCB0eXBlIE1hcmtkb3duQ29tcG9uZW50TmFtZSA9IGtleW9mIHR5cGVvZiBtYXJrZG93bkNvbXBvbmVudHNcblxuZXhwb3J0IGNvbnN0IG1hcmtkb3duQ29tcG9uZW50TmFtZXMgPSBPYmplY3Qua2V5cyhcbiAgbWFya2Rvd25Db21wb25lbnRzXG4pIGFzIE1hcmtkb3duQ29tcG9uZW50TmFtZVtdXG4iLCAiY29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2Rpcm5hbWUgPSBcIi93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29udGVudFwiO2NvbnN0IF9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9maWxlbmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9jb250ZW50L2luY2x1ZGVzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvY29udGVudC9pbmNsdWRlcy50c1wiOy8qKlxuICogQ2hlY2tzIGV2ZXJ5IE1hcmtkb3duIGZpbGUgaW4gdGhlIHBhZ2VzIGZvbGRlciBiZWZvcmUgVml0ZVByZXNzIHJlYWRzIGFueVxuICogb2YgdGhlbTogaXRzIGZyb250bWF0dGVyIG9wZW5lciAoY29udGVudC9mcm9udG1hdHRlci50cyksIGFuZCBpdHNcbiAqIGA8IS0tQGluY2x1ZGU6IFx1MjAyNi0tPmAgZGlyZWN0aXZlcy5cbiAqXG4gKiBWaXRlUHJlc3MgZXhwYW5kcyBpbmNsdWRlcyBiZWZvcmUgbWFya2Rvd24taXQgcnVucywgYW5kIHJlYWRzIGFuIGluY2x1ZGVkXG4gKiBgLm1kYCBmaWxlJ3MgZnJvbnRtYXR0ZXIgd2l0aCBncmF5LW1hdHRlciwgd2hpY2ggcnVucyBhIGAtLS1qc2AgYmxvY2sgYXNcbiAqIGNvZGUuIFNvIHRoZSBwYWdlIHBsdWdpbiwgd2hpY2ggc2VlcyBlYWNoIHBhZ2UgZmlyc3QsIHdvdWxkIGJlIHRvbyBsYXRlXG4gKiBmb3IgaW5jbHVkZWQgZmlsZXM6IHRoaXMgY2hlY2sgcnVucyB3aGVuIHRoZSBidWlsZCAob3IgZGV2IHNlcnZlcilcbiAqIHN0YXJ0cy4gQW4gaW5jbHVkZSBtYXkgb25seSBuYW1lIGEgd2hvbGUgYC5tZGAgZmlsZSB1bmRlciB0aGUgcGFnZXNcbiAqIGZvbGRlcjsgaXRzIHRleHQgaXMgdGhlbiBzYW5pdGl6ZWQgYXMgcGFydCBvZiB0aGUgcGFnZSB0aGF0IGluY2x1ZGVzIGl0LlxuICovXG5pbXBvcnQgeyBleGlzdHNTeW5jLCByZWFkRmlsZVN5bmMgfSBmcm9tICdub2RlOmZzJ1xuaW1wb3J0IHsgZGlybmFtZSwgam9pbiwgcmVsYXRpdmUsIHJlc29sdmUsIHNlcCB9IGZyb20gJ25vZGU6cGF0aCdcbmltcG9ydCB0eXBlIHsgUGx1Z2luIH0gZnJvbSAndml0ZSdcbmltcG9ydCB7IGxpc3RGaWxlcyB9IGZyb20gJy4uL2J1aWxkL2ZpbGVzJ1xuaW1wb3J0IHsgQ29udGVudEVycm9yLCBpc0NvbnRlbnRFcnJvciB9IGZyb20gJy4uL2NvbnRlbnQtZXJyb3InXG5pbXBvcnQgeyByZWFkUGFnZSB9IGZyb20gJy4vZnJvbnRtYXR0ZXInXG5pbXBvcnQgdHlwZSB7IENvbnRlbnRQcm9ibGVtIH0gZnJvbSAnLi4vcGx1Z2lucy9zYW5pdGl6ZS1wYWdlJ1xuXG4vKiogVml0ZVByZXNzJ3Mgb3duIHBhdHRlcm4gKHByb2Nlc3NJbmNsdWRlcyBpbiB2aXRlcHJlc3MvZGlzdC9ub2RlKS4gKi9cbmNvbnN0IGluY2x1ZGVQYXR0ZXJuID0gLzwhLS1cXHMqQGluY2x1ZGU6XFxzKiguKj8pXFxzKi0tPi9nXG5cbi8qKlxuICogUHJvYmxlbXMgb2Ygb25lIGZpbGUncyBpbmNsdWRlcy4gYGZpbGVgIGlzIHRoZSBmaWxlJ3MgcGF0aCByZWxhdGl2ZSB0b1xuICogYHNyY0RpcmA7IGBzaG93bkFzYCB0aGUgZm9sZGVyIG5hbWUgdXNlZCBpbiBtZXNzYWdlcyAoYGRvY3NgKS5cbiAqL1xuZXhwb3J0IGZ1bmN0aW9uIGluY2x1ZGVQcm9ibGVtcyhcbiAgc3JjRGlyOiBzdHJpbmcsXG4gIGZpbGU6IHN0cmluZyxcbiAgc291cmNlOiBzdHJpbmcsXG4gIHNob3duQXMgPSAnZG9jcydcbik6IENvbnRlbnRQcm9ibGVtW10ge1xuICBjb25zdCBwcm9ibGVtczogQ29udGVudFByb2JsZW1bXSA9IFtdXG4gIGZvciAoY29uc3QgbWF0Y2ggb2Ygc291cmNlLm1hdGNoQWxsKGluY2x1ZGVQYXR0ZXJuKSkge1xuICAgIGNvbnN0IHRhcmdldCA9IG1hdGNoWzFdID8/ICcnXG4gICAgaWYgKHRhcmdldCA9PT0gJycpIGNvbnRpbnVlXG4gICAgY29uc3QgbGluZSA9IHNvdXJjZS5zbGljZSgwLCBtYXRjaC5pbmRleCkuc3BsaXQoJ1xcbicpLmxlbmd0aFxuICAgIGNvbnN0IHdoZXJlID0geyBmaWxlOiBgJHtzaG93bkFzfS8ke2ZpbGV9YCwgbGluZSB9XG4gICAgLy8gYEAveC5tZGAgaXMgcmVsYXRpdmUgdG8gdGhlIHBhZ2VzIGZvbGRlciwgYW55dGhpbmcgZWxzZSB0byB0aGUgZmlsZS5cbiAgICBjb25zdCBwYXRoID0gdGFyZ2V0LnN0YXJ0c1dpdGgoJ0AnKVxuICAgICAgPyBqb2luKHNyY0RpciwgdGFyZ2V0LnNsaWNlKHRhcmdldFsxXSA9PT0gJy8nID8gMiA6IDEpKVxuICAgICAgOiBqb2luKGRpcm5hbWUoam9pbihzcmNEaXIsIGZpbGUpKSwgdGFyZ2V0KVxuICAgIGNvbnN0IGluc2lkZSA9IHJlbGF0aXZlKHNyY0RpciwgcmVzb2x2ZShwYXRoKSlcbiAgICBpZiAoaW5zaWRlLnN0YXJ0c1dpdGgoJy4uJykgfHwgaW5zaWRlLnN0YXJ0c1dpdGgoc2VwKSlcbiAgICAgIHByb2JsZW1zLnB1c2goe1xuICAgICAgICAuLi53aGVyZSxcbiAgICAgICAgbWVzc2FnZTogYFwiJHt0YXJnZXR9XCIgaXMgb3V0c2lkZSB0aGUgcGFnZXMgZm9sZGVyOyBvbmx5IC5tZCBmaWxlcyB1bmRlciAke3Nob3duQXN9LyBtYXkgYmUgaW5jbHVkZWQuYFxuICAgICAgfSlcbiAgICBlbHNlIGlmICghaW5zaWRlLmVuZHNXaXRoKCcubWQnKSlcbiAgICAgIHByb2JsZW1zLnB1c2goe1xuICAgICAgICAuLi53aGVyZSxcbiAgICAgICAgbWVzc2FnZTogYFwiJHt0YXJnZXR9XCIgaXMgbm90IGEgd2hvbGUgLm1kIGZpbGUgKG5vIG90aGVyIGZpbGVzLCAjcmVnaW9ucyBvciB7bGluZSxyYW5nZXN9KTsgb25seSAubWQgZmlsZXMgdW5kZXIgJHtzaG93bkFzfS8gbWF5IGJlIGluY2x1ZGVkLmBcbiAgICAgIH0pXG4gIH1cbiAgcmV0dXJuIHByb2JsZW1zXG59XG5cbi8qKiBXaGVyZSBhIGxpbmUgb2YgYSBwYWdlIHdpdGggaXRzIGluY2x1ZGVzIGV4cGFuZGVkIGNvbWVzIGZyb20uICovXG5leHBvcnQgaW50ZXJmYWNlIExpbmVPcmlnaW4ge1xuICAvKiogUmVsYXRpdmUgdG8gdGhlIHBhZ2VzIGZvbGRlci4gKi9cbiAgZmlsZTogc3RyaW5nXG4gIC8qKiAxLWJhc2VkIGxpbmUgaW4gdGhhdCBmaWxlLiAqL1xuICBsaW5lOiBudW1iZXJcbn1cblxuLyoqXG4gKiBBIHBhZ2UncyBNYXJrZG93biB3aXRoIGl0cyBpbmNsdWRlcyBleHBhbmRlZCBhcyBWaXRlUHJlc3MgZXhwYW5kcyB0aGVtXG4gKiAod2hvbGUgYC5tZGAgZmlsZXMsIHRoZWlyIGZyb250bWF0dGVyIGRyb3BwZWQsIHJlY3Vyc2l2ZWx5KSwgYW5kIHdoZXJlXG4gKiBlYWNoIGxpbmUgb2YgaXQgY29tZXMgZnJvbSwgc28gdGhhdCBhIHByb2JsZW0gaW4gaW5jbHVkZWQgdGV4dCBuYW1lcyB0aGVcbiAqIGluY2x1ZGVkIGZpbGUuIGBmaWxlYCBpcyByZWxhdGl2ZSB0byBgc3JjRGlyYDsgYHNvdXJjZWAgaXMgaXRzIHRleHQuXG4gKi9cbmV4cG9ydCBmdW5jdGlvbiBleHBhbmRJbmNsdWRlcyhcbiAgc3JjRGlyOiBzdHJpbmcsXG4gIGZpbGU6IHN0cmluZyxcbiAgc291cmNlOiBzdHJpbmdcbik6IHtcbiAgdGV4dDogc3RyaW5nXG4gIC8qKiBUaGUgaW5jbHVkZWQgZmlsZXMsIHJlbGF0aXZlIHRvIGBzcmNEaXJgLiAqL1xuICBmaWxlczogc3RyaW5nW11cbiAgb3JpZ2luOiAobGluZTogbnVtYmVyKSA9PiBMaW5lT3JpZ2luXG59IHtcbiAgLy8gUGllY2VzIG9mIHRoZSByZXN1bHQ6IHdoZXJlIGVhY2ggc3RhcnRzLCBhbmQgdGhlIGZpbGUgbGluZSBpdCBzdGFydHMgb24uXG4gIGNvbnN0IHBpZWNlczogeyBzdGFydDogbnVtYmVyOyBmaWxlOiBzdHJpbmc7IGxpbmU6IG51bWJlciB9W10gPSBbXVxuICBsZXQgdGV4dCA9ICcnXG4gIGNvbnN0IGZpbGVzOiBzdHJpbmdbXSA9IFtdXG4gIGNvbnN0IGFwcGVuZCA9IChwaWVjZTogc3RyaW5nLCBmcm9tOiBzdHJpbmcsIGxpbmU6IG51bWJlcikgPT4ge1xuICAgIHBpZWNlcy5wdXNoKHsgc3RhcnQ6IHRleHQubGVuZ3RoLCBmaWxlOiBmcm9tLCBsaW5lIH0pXG4gICAgdGV4dCArPSBwaWVjZVxuICB9XG4gIGNvbnN0IGV4cGFuZCA9IChmcm9tOiBzdHJpbmcsIGJvZHk6IHN0cmluZywgZmlyc3RMaW5lOiBudW1iZXIpID0+IHtcbiAgICBsZXQgbGFzdCA9IDBcbiAgICBjb25zdCBsaW5lQXQgPSAoaW5kZXg6IG51bWJlcikgPT5cbiAgICAgIGZpcnN0TGluZSArIGJvZHkuc2xpY2UoMCwgaW5kZXgpLnNwbGl0KCdcXG4nKS5sZW5ndGggLSAxXG4gICAgZm9yIChjb25zdCBtYXRjaCBvZiBib2R5Lm1hdGNoQWxsKGluY2x1ZGVQYXR0ZXJuKSkge1xuICAgICAgY29uc3QgdGFyZ2V0ID0gbWF0Y2hbMV0gPz8gJydcbiAgICAgIGNvbnN0IHBhdGggPSB0YXJnZXQuc3RhcnRzV2l0aCgnQCcpXG4gICAgICAgID8gam9pbihzcmNEaXIsIHRhcmdldC5zbGljZSh0YXJnZXRbMV0gPT09ICcvJyA/IDIgOiAxKSlcbiAgICAgICAgOiBqb2luKGRpcm5hbWUoam9pbihzcmNEaXIsIGZyb20pKSwgdGFyZ2V0KVxuICAgICAgY29uc3QgaW5jbHVkZWQgPSByZWxhdGl2ZShzcmNEaXIsIHBhdGgpXG4gICAgICBpZiAoIXRhcmdldCB8fCAhaW5jbHVkZWQuZW5kc1dpdGgoJy5tZCcpIHx8ICFleGlzdHNTeW5jKHBhdGgpKSBjb250aW51ZVxuICAgICAgYXBwZW5kKGJvZHkuc2xpY2UobGFzdCwgbWF0Y2guaW5kZXgpLCBmcm9tLCBsaW5lQXQobGFzdCkpXG4gICAgICBmaWxlcy5wdXNoKGluY2x1ZGVkKVxuICAgICAgY29uc3QgcGFnZSA9IHJlYWRQYWdlKHJlYWRGaWxlU3luYyhwYXRoLCAndXRmOCcpLCBpbmNsdWRlZClcbiAgICAgIGV4cGFuZChpbmNsdWRlZCwgcGFnZS5ib2R5LCBwYWdlLmJvZHlPZmZzZXQgKyAxKVxuICAgICAgbGFzdCA9IG1hdGNoLmluZGV4ICsgbWF0Y2hbMF0ubGVuZ3RoXG4gICAgfVxuICAgIGFwcGVuZChib2R5LnNsaWNlKGxhc3QpLCBmcm9tLCBsaW5lQXQobGFzdCkpXG4gIH1cbiAgZXhwYW5kKGZpbGUsIHNvdXJjZSwgMSlcbiAgcmV0dXJuIHtcbiAgICB0ZXh0LFxuICAgIGZpbGVzLFxuICAgIG9yaWdpbihsaW5lKSB7XG4gICAgICBjb25zdCBpbmRleCA9XG4gICAgICAgIGxpbmUgPiAxXG4gICAgICAgICAgPyB0ZXh0XG4gICAgICAgICAgICAgIC5zcGxpdCgnXFxuJylcbiAgICAgICAgICAgICAgLnNsaWNlKDAsIGxpbmUgLSAxKVxuICAgICAgICAgICAgICAuam9pbignXFxuJykubGVuZ3RoICsgMVxuICAgICAgICAgIDogMFxuICAgICAgY29uc3QgcGllY2UgPSBwaWVjZXMuZmlsdGVyKCh7IHN0YXJ0IH0pID0+IHN0YXJ0IDw9IGluZGV4KS5hdCgtMSlcbiAgICAgIGlmICghcGllY2UpIHJldHVybiB7IGZpbGUsIGxpbmUgfVxuICAgICAgY29uc3QgYmVmb3JlID0gdGV4dC5zbGljZShwaWVjZS5zdGFydCwgaW5kZXgpLnNwbGl0KCdcXG4nKS5sZW5ndGggLSAxXG4gICAgICByZXR1cm4geyBmaWxlOiBwaWVjZS5maWxlLCBsaW5lOiBwaWVjZS5saW5lICsgYmVmb3JlIH1cbiAgICB9XG4gIH1cbn1cblxuLyoqIEV2ZXJ5IGZyb250bWF0dGVyLW9wZW5lciBhbmQgaW5jbHVkZSBwcm9ibGVtIGluIHRoZSBwYWdlcyBmb2xkZXIuICovXG5leHBvcnQgZnVuY3Rpb24gcGFnZXNGb2xkZXJQcm9ibGVtcyhcbiAgc3JjRGlyOiBzdHJpbmcsXG4gIHNob3duQXMgPSAnZG9jcydcbik6IENvbnRlbnRQcm9ibGVtW10ge1xuICBjb25zdCBwcm9ibGVtczogQ29udGVudFByb2JsZW1bXSA9IFtdXG4gIGZvciAoY29uc3QgZmlsZSBvZiBsaXN0RmlsZXMoc3JjRGlyKSkge1xuICAgIGlmICghZmlsZS5lbmRzV2l0aCgnLm1kJykgfHwgZmlsZS5pbmNsdWRlcygnbm9kZV9tb2R1bGVzLycpKSBjb250aW51ZVxuICAgIGNvbnN0IHNvdXJjZSA9IHJlYWRGaWxlU3luYyhqb2luKHNyY0RpciwgZmlsZSksICd1dGY4JylcbiAgICB0cnkge1xuICAgICAgcmVhZFBhZ2Uoc291cmNlLCBgJHtzaG93bkFzfS8ke2ZpbGV9YClcbiAgICB9IGNhdGNoIChlcnJvcikge1xuICAgICAgaWYgKCFpc0NvbnRlbnRFcnJvcihlcnJvcikpIHRocm93IGVycm9yXG4gICAgICBjb25zdCBbcGF0aCwgbGluZV0gPSBlcnJvci5sb2NhdGlvbi5zcGxpdCgnOicpXG4gICAgICBwcm9ibGVtcy5wdXNoKHtcbiAgICAgICAgZmlsZTogcGF0aCA/PyBmaWxlLFxuICAgICAgICBsaW5lOiBOdW1iZXIobGluZSkgfHwgdW5kZWZpbmVkLFxuICAgICAgICBtZXNzYWdlOiBlcnJvci5tZXNzYWdlLnNsaWNlKGVycm9yLmxvY2F0aW9uLmxlbmd0aCArIDIpXG4gICAgICB9KVxuICAgIH1cbiAgICBwcm9ibGVtcy5wdXNoKC4uLmluY2x1ZGVQcm9ibGVtcyhzcmNEaXIsIGZpbGUsIHNvdXJjZSwgc2hvd25BcykpXG4gIH1cbiAgcmV0dXJuIHByb2JsZW1zXG59XG5cbi8qKlxuICogQSBWaXRlIHBsdWdpbiB0aGF0IGZhaWxzIHRoZSBidWlsZCAoYW5kIHRoZSBkZXYgc2VydmVyJ3Mgc3RhcnQpIG9uIHRoZVxuICogZmlyc3Qgc3VjaCBwcm9ibGVtLCBiZWZvcmUgVml0ZVByZXNzIG9yIGl0cyBzZWFyY2ggaW5kZXggcmVhZHMgYSBwYWdlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcGFnZXNQcmVmbGlnaHRQbHVnaW4oc3JjRGlyOiBzdHJpbmcpOiBQbHVnaW4ge1xuICBjb25zdCBjaGVjayA9ICgpID0+IHtcbiAgICBjb25zdCBbZmlyc3QsIC4uLm1vcmVdID0gcGFnZXNGb2xkZXJQcm9ibGVtcyhzcmNEaXIpXG4gICAgaWYgKGZpcnN0KVxuICAgICAgdGhyb3cgbmV3IENvbnRlbnRFcnJvcihcbiAgICAgICAgZmlyc3QubGluZSA/IGAke2ZpcnN0LmZpbGV9OiR7Zmlyc3QubGluZX1gIDogZmlyc3QuZmlsZSxcbiAgICAgICAgZmlyc3QubWVzc2FnZSxcbiAgICAgICAgbW9yZS5sZW5ndGggPiAwXG4gICAgICAgICAgPyBgJHttb3JlLmxlbmd0aH0gbW9yZSBwcm9ibGVtczogbnBtIHJ1biBsaW50OmNvbnRlbnQgbGlzdHMgdGhlbSBhbGwuYFxuICAgICAgICAgIDogdW5kZWZpbmVkXG4gICAgICApXG4gIH1cbiAgcmV0dXJuIHtcbiAgICBuYW1lOiAnY29tbXVuaXR5LWRvY3M6cGFnZXMtcHJlZmxpZ2h0JyxcbiAgICBlbmZvcmNlOiAncHJlJyxcbiAgICBjb25maWd1cmVTZXJ2ZXI6IGNoZWNrLFxuICAgIGJ1aWxkU3RhcnQ6IGNoZWNrXG4gIH1cbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9wbHVnaW5zXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BsdWdpbnMvcG9saWN5LXZlcnNpb24udHNcIjtjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfaW1wb3J0X21ldGFfdXJsID0gXCJmaWxlOi8vL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9wbHVnaW5zL3BvbGljeS12ZXJzaW9uLnRzXCI7LyoqXG4gKiBQb2xpY3kgdmVyc2lvbnM6IG9uIGEgcGFnZSB3aG9zZSBmcm9udG1hdHRlciBoYXMgYSBgdmVyc2lvbmAgYW5kIGFuXG4gKiBgZWZmZWN0aXZlRGF0ZWAsIHB1dHMgYDxQb2xpY3lWZXJzaW9uIFx1MjAyNi8+YCByaWdodCB1bmRlciB0aGUgcGFnZSdzIHRpdGxlLlxuICpcbiAqIFdoeSBhIHBsdWdpbjogdGhlIGxpbmUgdGhlbiBzaXRzIGluc2lkZSB0aGUgcGFnZSdzIG1haW4gY29udGVudCwgcmVhZFxuICogcmlnaHQgYWZ0ZXIgdGhlIHRpdGxlLCBhbmQgbm8gbWFpbnRhaW5lciB3cml0ZXMgdGhlIHZlcnNpb24gdHdpY2UgKG9uY2VcbiAqIGluIHRoZSBmcm9udG1hdHRlciwgb25jZSBpbiB0aGUgdGV4dCkgd2hlcmUgdGhlIHR3byBjb3VsZCBkaXNhZ3JlZS5cbiAqL1xuaW1wb3J0IHR5cGUgTWFya2Rvd25JdCBmcm9tICdtYXJrZG93bi1pdCdcbmltcG9ydCB0eXBlIHsgUG9saWN5UGFnZSB9IGZyb20gJy4uL3BvbGljeS9wb2xpY2llcydcbmltcG9ydCB7IHBhZ2VzRm9sZGVyIH0gZnJvbSAnLi9zb3VyY2UtbG9jYXRpb24nXG5cbmV4cG9ydCBpbnRlcmZhY2UgUG9saWN5VmVyc2lvbk9wdGlvbnMge1xuICAvKiogVGhlIHBvbGljeSBwYWdlcywgZm9yIHRoZSBsaW5rIHRvIGVhY2ggb25lJ3Mgc2VjdGlvbiBvbiB0aGUgQ2hhbmdlcyBwYWdlLiAqL1xuICBwb2xpY2llczogcmVhZG9ubHkgUG9saWN5UGFnZVtdXG4gIC8qKiBUaGUgQ2hhbmdlcyBwYWdlJ3MgcGF0aCwgd2l0aG91dCB0aGUgc2l0ZSBiYXNlLiAqL1xuICBjaGFuZ2VzUGF0aDogc3RyaW5nXG59XG5cbmludGVyZmFjZSBQYWdlRW52IHtcbiAgcmVsYXRpdmVQYXRoPzogc3RyaW5nXG4gIGZyb250bWF0dGVyPzogUmVjb3JkPHN0cmluZywgdW5rbm93bj5cbn1cblxuLyoqIFlBTUwgbWF5IGhhdmUgcmVhZCBhbiB1bnF1b3RlZCBkYXRlIGFzIGEgRGF0ZTsgd2Ugd2FudCBZWVlZLU1NLURELiAqL1xuZnVuY3Rpb24gY2FsZW5kYXJEYXkodmFsdWU6IHVua25vd24pOiBzdHJpbmcgfCB1bmRlZmluZWQge1xuICBpZiAodmFsdWUgaW5zdGFuY2VvZiBEYXRlKSByZXR1cm4gdmFsdWUudG9JU09TdHJpbmcoKS5zbGljZSgwLCAxMClcbiAgcmV0dXJuIHR5cGVvZiB2YWx1ZSA9PT0gJ3N0cmluZycgJiYgdmFsdWUudHJpbSgpICE9PSAnJyA/IHZhbHVlIDogdW5kZWZpbmVkXG59XG5cbmV4cG9ydCBmdW5jdGlvbiBwb2xpY3lWZXJzaW9uUGx1Z2luKFxuICBtZDogTWFya2Rvd25JdCxcbiAgb3B0aW9uczogUG9saWN5VmVyc2lvbk9wdGlvbnNcbik6IHZvaWQge1xuICBtZC5jb3JlLnJ1bGVyLnB1c2goJ3BvbGljeV92ZXJzaW9uJywgKHN0YXRlKSA9PiB7XG4gICAgY29uc3QgZW52ID0gc3RhdGUuZW52IGFzIFBhZ2VFbnYgfCB1bmRlZmluZWRcbiAgICBjb25zdCB2ZXJzaW9uID0gZW52Py5mcm9udG1hdHRlcj8udmVyc2lvblxuICAgIGNvbnN0IGVmZmVjdGl2ZURhdGUgPSBjYWxlbmRhckRheShlbnY/LmZyb250bWF0dGVyPy5lZmZlY3RpdmVEYXRlKVxuICAgIGlmICh0eXBlb2YgdmVyc2lvbiAhPT0gJ3N0cmluZycgfHwgIWVmZmVjdGl2ZURhdGUpIHJldHVyblxuXG4gICAgY29uc3QgZmlsZSA9IGAke3BhZ2VzRm9sZGVyfS8ke2Vudj8ucmVsYXRpdmVQYXRoID8/ICcnfWBcbiAgICBjb25zdCBwb2xpY3kgPSBvcHRpb25zLnBvbGljaWVzLmZpbmQoKHBhZ2UpID0+IHBhZ2UuZmlsZSA9PT0gZmlsZSlcbiAgICBjb25zdCBjaGFuZ2VzTGluayA9IHBvbGljeVxuICAgICAgPyBgJHtvcHRpb25zLmNoYW5nZXNQYXRofSMke3BvbGljeS5pZH1gXG4gICAgICA6IG9wdGlvbnMuY2hhbmdlc1BhdGhcblxuICAgIGNvbnN0IGVzY2FwZSA9IG1kLnV0aWxzLmVzY2FwZUh0bWxcbiAgICBjb25zdCB0b2tlbiA9IG5ldyBzdGF0ZS5Ub2tlbignaHRtbF9ibG9jaycsICcnLCAwKVxuICAgIHRva2VuLmNvbnRlbnQgPVxuICAgICAgYDxQb2xpY3lWZXJzaW9uIHZlcnNpb249XCIke2VzY2FwZSh2ZXJzaW9uKX1cIiBgICtcbiAgICAgIGBlZmZlY3RpdmUtZGF0ZT1cIiR7ZXNjYXBlKGVmZmVjdGl2ZURhdGUpfVwiIGAgK1xuICAgICAgYGNoYW5nZXMtbGluaz1cIiR7ZXNjYXBlKGNoYW5nZXNMaW5rKX1cIiAvPlxcbmBcblxuICAgIC8vIFJpZ2h0IGFmdGVyIHRoZSBmaXJzdCBoMSwgb3IgYXQgdGhlIHRvcCBvZiBhIHBhZ2Ugd2l0aG91dCBvbmUuXG4gICAgY29uc3QgdGl0bGVFbmQgPSBzdGF0ZS50b2tlbnMuZmluZEluZGV4KFxuICAgICAgKHQpID0+IHQudHlwZSA9PT0gJ2hlYWRpbmdfY2xvc2UnICYmIHQudGFnID09PSAnaDEnXG4gICAgKVxuICAgIHN0YXRlLnRva2Vucy5zcGxpY2UodGl0bGVFbmQgKyAxLCAwLCB0b2tlbilcbiAgfSlcbn1cbiIsICJjb25zdCBfX3ZpdGVfaW5qZWN0ZWRfb3JpZ2luYWxfZGlybmFtZSA9IFwiL3dvcmsvd3QtdGVzdHMvLnZpdGVwcmVzcy9wbHVnaW5zXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ZpbGVuYW1lID0gXCIvd29yay93dC10ZXN0cy8udml0ZXByZXNzL3BsdWdpbnMvY29tbXVuaXR5LWxpbmtzLnRzXCI7Y29uc3QgX192aXRlX2luamVjdGVkX29yaWdpbmFsX2ltcG9ydF9tZXRhX3VybCA9IFwiZmlsZTovLy93b3JrL3d0LXRlc3RzLy52aXRlcHJlc3MvcGx1Z2lucy9jb21tdW5pdHktbGlua3MudHNcIjsvKipcbiAqIGBjb21tdW5pdHk6YCBsaW5rczogYFtqb2luIFNsYWNrXShjb21tdW5pdHk6c2xhY2spYCBpbiBNYXJrZG93biBiZWNvbWVzIGFcbiAqIGxpbmsgdG8gdGhlIFNsYWNrIGludml0ZSBmcm9tIGAudml0ZXByZXNzL2NvbW11bml0eS50c2AuXG4gKlxuICogV2h5OiBVUkxzIHN1Y2ggYXMgdGhlIFNsYWNrIGludml0ZSBvciB0aGUgaXNzdWUgdHJhY2tlciBhcHBlYXIgb24gc2V2ZXJhbFxuICogcGFnZXMuIFdyaXR0ZW4gYXMgYGNvbW11bml0eTo8aWQ+YCwgZWFjaCBpcyBrZXB0IG9uY2UsIGluIHRoZSBjb21tdW5pdHlcbiAqIGNvbmZpZywgYW5kIGEgdHlwbyBpbiBhbiBpZCBmYWlscyB0aGUgYnVpbGQgbmFtaW5nIHRoZSBmaWxlIGFuZCBsaW5lLlxuICpcbiAqIElkczogYHNsYWNrYCwgYHJlcG9zaXRvcnlgICh0aGUgcHJvamVjdCdzKSwgYW5kIGV2ZXJ5IHJlc291cmNlJ3MgYGlkYC5cbiAqL1xuaW1wb3J0IHR5cGUgTWFya2Rvd25JdCBmcm9tICdtYXJrZG93bi1pdCdcbmltcG9ydCB0eXBlIHsgQ29tbXVuaXR5IH0gZnJvbSAnLi4vY29tbXVuaXR5L3R5cGVzJ1xuaW1wb3J0IHsgc291cmNlTG9jYXRpb24gfSBmcm9tICcuL3NvdXJjZS1sb2NhdGlvbidcblxuZXhwb3J0IGludGVyZmFjZSBDb21tdW5pdHlMaW5rc09wdGlvbnMge1xuICBjb21tdW5pdHk6IFJlYWRvbmx5PENvbW11bml0eT5cbn1cblxuY29uc3Qgc2NoZW1lID0gJ2NvbW11bml0eTonXG5cbi8qKiBFdmVyeSBgY29tbXVuaXR5OjxpZD5gIHRhcmdldCwgYnkgaWQuICovXG5leHBvcnQgZnVuY3Rpb24gY29tbXVuaXR5TGlua1RhcmdldHMoXG4gIGNvbW11bml0eTogUmVhZG9ubHk8Q29tbXVuaXR5PlxuKTogTWFwPHN0cmluZywgc3RyaW5nPiB7XG4gIGNvbnN0IHRhcmdldHMgPSBuZXcgTWFwPHN0cmluZywgc3RyaW5nPihbXG4gICAgWydzbGFjaycsIGNvbW11bml0eS5zbGFjay5pbnZpdGVVcmxdLFxuICAgIFsncmVwb3NpdG9yeScsIGNvbW11bml0eS5wcm9qZWN0LnJlcG9zaXRvcnldXG4gIF0pXG4gIGZvciAoY29uc3QgcmVzb3VyY2Ugb2YgY29tbXVuaXR5LnJlc291cmNlcylcbiAgICB0YXJnZXRzLnNldChyZXNvdXJjZS5pZCwgcmVzb3VyY2UudXJsKVxuICByZXR1cm4gdGFyZ2V0c1xufVxuXG4vKipcbiAqIFJlc29sdmVzIG9uZSBocmVmLiBSZXR1cm5zIG90aGVyIGhyZWZzIHVuY2hhbmdlZDsgdGhyb3dzIG9uIGFuIHVua25vd24gaWQsXG4gKiB3aXRoIGB3aGVyZWAgKGEgZmlsZSBhbmQgbGluZSkgYXQgdGhlIGZyb250IG9mIHRoZSBtZXNzYWdlLlxuICovXG5leHBvcnQgZnVuY3Rpb24gcmVzb2x2ZUNvbW11bml0eUxpbmsoXG4gIGhyZWY6IHN0cmluZyxcbiAgdGFyZ2V0czogTWFwPHN0cmluZywgc3RyaW5nPixcbiAgd2hlcmU6IHN0cmluZ1xuKTogc3RyaW5nIHtcbiAgaWYgKCFocmVmLnN0YXJ0c1dpdGgoc2NoZW1lKSkgcmV0dXJuIGhyZWZcbiAgY29uc3QgaWQgPSBocmVmLnNsaWNlKHNjaGVtZS5sZW5ndGgpXG4gIGNvbnN0IHRhcmdldCA9IHRhcmdldHMuZ2V0KGlkKVxuICBpZiAodGFyZ2V0ID09PSB1bmRlZmluZWQpIHtcbiAgICB0aHJvdyBuZXcgRXJyb3IoXG4gICAgICBgJHt3aGVyZX06IHVua25vd24gbGluayBcIiR7aHJlZn1cIi4gYCArXG4gICAgICAgIGBVc2Ugb25lIG9mOiAke1suLi50YXJnZXRzLmtleXMoKV0ubWFwKChrZXkpID0+IHNjaGVtZSArIGtleSkuam9pbignLCAnKX0sIGAgK1xuICAgICAgICBgb3IgYWRkIGEgcmVzb3VyY2Ugd2l0aCB0aGF0IGlkIHRvIC52aXRlcHJlc3MvY29tbXVuaXR5LnRzLmBcbiAgICApXG4gIH1cbiAgcmV0dXJuIHRhcmdldFxufVxuXG5leHBvcnQgZnVuY3Rpb24gY29tbXVuaXR5TGlua3NQbHVnaW4oXG4gIG1kOiBNYXJrZG93bkl0LFxuICBvcHRpb25zOiBDb21tdW5pdHlMaW5rc09wdGlvbnNcbik6IHZvaWQge1xuICBjb25zdCB0YXJnZXRzID0gY29tbXVuaXR5TGlua1RhcmdldHMob3B0aW9ucy5jb21tdW5pdHkpXG5cbiAgLy8gbWFya2Rvd24taXQgcmVmdXNlcyB1bmtub3duIFVSTCBzY2hlbWVzIGJ5IGRlZmF1bHQ7IGxldCBvdXJzIHRocm91Z2guXG4gIGNvbnN0IHZhbGlkYXRlTGluayA9IG1kLnZhbGlkYXRlTGluay5iaW5kKG1kKVxuICBtZC52YWxpZGF0ZUxpbmsgPSAodXJsKSA9PiB1cmwuc3RhcnRzV2l0aChzY2hlbWUpIHx8IHZhbGlkYXRlTGluayh1cmwpXG5cbiAgbWQuY29yZS5ydWxlci5wdXNoKCdjb21tdW5pdHlfbGlua3MnLCAoc3RhdGUpID0+IHtcbiAgICBmb3IgKGNvbnN0IGJsb2NrIG9mIHN0YXRlLnRva2Vucykge1xuICAgICAgZm9yIChjb25zdCB0b2tlbiBvZiBibG9jay5jaGlsZHJlbiA/PyBbXSkge1xuICAgICAgICBpZiAodG9rZW4udHlwZSAhPT0gJ2xpbmtfb3BlbicpIGNvbnRpbnVlXG4gICAgICAgIGNvbnN0IGhyZWYgPSB0b2tlbi5hdHRyR2V0KCdocmVmJylcbiAgICAgICAgaWYgKGhyZWYgPT09IG51bGwpIGNvbnRpbnVlXG4gICAgICAgIGNvbnN0IHdoZXJlID0gc291cmNlTG9jYXRpb24oc3RhdGUuZW52LCBibG9jay5tYXApXG4gICAgICAgIHRva2VuLmF0dHJTZXQoJ2hyZWYnLCByZXNvbHZlQ29tbXVuaXR5TGluayhocmVmLCB0YXJnZXRzLCB3aGVyZSkpXG4gICAgICB9XG4gICAgfVxuICB9KVxufVxuIl0sCiAgIm1hcHBpbmdzIjogIjtBQUFxUCxTQUFTLGdCQUFBQSxxQkFBb0I7QUFDbFIsU0FBUyxpQkFBQUMsc0JBQXFCO0FBQzlCLFNBQVMsV0FBQUMsVUFBUyxRQUFBQyxjQUFZO0FBQzlCLFNBQVMsaUJBQUFDLHNCQUFxQjtBQUM5QixTQUFTLDZCQUE4Qzs7O0FDV3ZELFNBQVMsa0JBQWtCO0FBQzNCLFNBQVMsWUFBWSxjQUFjLHFCQUFxQjtBQUN4RCxTQUFTLFFBQUFDLGFBQVk7OztBQ2hCckIsU0FBUyxtQkFBbUI7QUFDNUIsU0FBUyxNQUFNLFVBQVUsV0FBVztBQUc3QixTQUFTLFVBQVUsTUFBd0I7QUFDaEQsUUFBTSxRQUFRLFlBQVksTUFBTSxFQUFFLFdBQVcsTUFBTSxlQUFlLEtBQUssQ0FBQyxFQUNyRSxPQUFPLENBQUMsVUFBVSxNQUFNLE9BQU8sQ0FBQyxFQUNoQztBQUFBLElBQUksQ0FBQyxVQUNKLFNBQVMsTUFBTSxLQUFLLE1BQU0sWUFBWSxNQUFNLElBQUksQ0FBQyxFQUFFLE1BQU0sR0FBRyxFQUFFLEtBQUssR0FBRztBQUFBLEVBQ3hFO0FBQ0YsU0FBTyxNQUFNLEtBQUs7QUFDcEI7OztBQ1FPLFNBQVMsa0JBQWtCQyxRQUFzQztBQUN0RSxTQUFPQSxPQUNKO0FBQUEsSUFDQyxDQUFDLEVBQUUsU0FBUyxRQUFRLE1BQ2xCLEdBQUcsT0FBTztBQUFBLEVBQUssUUFBUSxJQUFJLENBQUMsQ0FBQyxNQUFNLEtBQUssTUFBTSxLQUFLLElBQUksS0FBSyxLQUFLLEVBQUUsRUFBRSxLQUFLLElBQUksQ0FBQztBQUFBO0FBQUEsRUFDbkYsRUFDQyxLQUFLLElBQUk7QUFDZDtBQUdPLFNBQVMsaUJBQWlCQyxPQUE0QjtBQUMzRCxRQUFNRCxTQUFzQixDQUFDO0FBQzdCLEVBQUFDLE1BQUssTUFBTSxPQUFPLEVBQUUsUUFBUSxDQUFDQyxPQUFNLFVBQVU7QUFDM0MsUUFBSUEsTUFBSyxLQUFLLE1BQU0sTUFBTUEsTUFBSyxLQUFLLEVBQUUsV0FBVyxHQUFHLEVBQUc7QUFDdkQsUUFBSSxDQUFDLE1BQU0sS0FBS0EsS0FBSSxHQUFHO0FBQ3JCLE1BQUFGLE9BQU0sS0FBSyxFQUFFLFNBQVNFLE1BQUssS0FBSyxHQUFHLFNBQVMsQ0FBQyxFQUFFLENBQUM7QUFDaEQ7QUFBQSxJQUNGO0FBQ0EsVUFBTSxPQUFPRixPQUFNLEdBQUcsRUFBRTtBQUN4QixVQUFNLFlBQVlFLE1BQUssUUFBUSxHQUFHO0FBQ2xDLFFBQUksQ0FBQyxRQUFRLGNBQWMsSUFBSTtBQUM3QixZQUFNLElBQUk7QUFBQSxRQUNSLFlBQVksUUFBUSxDQUFDLCtDQUErQ0EsTUFBSyxLQUFLLENBQUM7QUFBQSxNQUNqRjtBQUFBLElBQ0Y7QUFDQSxTQUFLLFFBQVEsS0FBSztBQUFBLE1BQ2hCQSxNQUFLLE1BQU0sR0FBRyxTQUFTLEVBQUUsS0FBSztBQUFBLE1BQzlCQSxNQUFLLE1BQU0sWUFBWSxDQUFDLEVBQUUsS0FBSztBQUFBLElBQ2pDLENBQUM7QUFBQSxFQUNILENBQUM7QUFDRCxTQUFPRjtBQUNUOzs7QUM3Q0EsU0FBUyxhQUF5QztBQStCbEQsSUFBTSxnQkFBNkQ7QUFBQSxFQUNqRSxHQUFHLENBQUMsTUFBTTtBQUFBLEVBQ1YsTUFBTSxDQUFDLE1BQU07QUFBQSxFQUNiLE1BQU0sQ0FBQyxNQUFNO0FBQUEsRUFDYixRQUFRLENBQUMsS0FBSztBQUFBLEVBQ2QsS0FBSyxDQUFDLE9BQU8sUUFBUTtBQUFBLEVBQ3JCLFFBQVEsQ0FBQyxPQUFPLFFBQVE7QUFBQSxFQUN4QixPQUFPLENBQUMsT0FBTyxRQUFRO0FBQUEsRUFDdkIsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUNiLE9BQU8sQ0FBQyxLQUFLO0FBQUEsRUFDYixRQUFRLENBQUMsS0FBSztBQUFBLEVBQ2QsT0FBTyxDQUFDLEtBQUs7QUFBQSxFQUNiLFFBQVEsQ0FBQyxNQUFNO0FBQUEsRUFDZixNQUFNLENBQUMsUUFBUTtBQUNqQjtBQUVBLFNBQVMsVUFBVUcsVUFBa0IsTUFBa0M7QUFDckUsU0FBT0EsU0FBUSxNQUFNLEtBQUssQ0FBQyxTQUFTLEtBQUssU0FBUyxRQUFRLENBQUMsS0FBSyxNQUFNLEdBQUc7QUFDM0U7QUFFQSxTQUFTLFNBQVMsTUFBb0I7QUFDcEMsTUFBSSxLQUFLLGFBQWEsWUFBWTtBQUNoQyxXQUFRLEtBQTJDLFFBQVE7QUFBQSxFQUM3RDtBQUNBLFNBQU8sZ0JBQWdCLE9BQU8sS0FBSyxhQUFhLENBQUM7QUFDbkQ7QUFFQSxTQUFTLE9BQU8sTUFBb0I7QUFDbEMsTUFBSSxLQUFLLGFBQWEsU0FBUztBQUM3QixXQUFRLEtBQTJDO0FBQUEsRUFDckQ7QUFDQSxTQUFPLFNBQVMsSUFBSSxFQUFFLElBQUksTUFBTSxFQUFFLEtBQUssRUFBRTtBQUMzQztBQUdPLFNBQVMsV0FBVyxRQUEwQjtBQUNuRCxTQUFPLE9BQ0osTUFBTSxHQUFHLEVBQ1QsSUFBSSxDQUFDLGNBQWMsVUFBVSxLQUFLLEVBQUUsTUFBTSxLQUFLLEVBQUUsQ0FBQyxLQUFLLEVBQUUsRUFDekQsT0FBTyxDQUFDLFFBQVEsUUFBUSxFQUFFO0FBQy9CO0FBUU8sU0FBUyxXQUFXLFNBQXFDO0FBQzlELFFBQU0sUUFDSixpRUFBaUU7QUFBQSxJQUMvRDtBQUFBLEVBQ0Y7QUFDRixRQUFNLE1BQU0sUUFBUSxDQUFDLEdBQUcsS0FBSztBQUM3QixTQUFPLE1BQU0sTUFBTTtBQUNyQjtBQUVBLFNBQVMsS0FBS0EsVUFBMEI7QUFDdEMsU0FBT0EsU0FBUSxvQkFBb0IsYUFBYTtBQUNsRDtBQUVBLFNBQVMsUUFBUUEsVUFBMEI7QUFDekMsUUFBTUMsUUFBTyxPQUFPRCxRQUFPLEVBQUUsUUFBUSxRQUFRLEdBQUcsRUFBRSxLQUFLO0FBQ3ZELFFBQU0sUUFDSkMsU0FBUSxVQUFVRCxVQUFTLFlBQVksS0FBSyxVQUFVQSxVQUFTLE9BQU87QUFDeEUsU0FBTyxRQUFRLE1BQU0sTUFBTSxHQUFHLEVBQUUsSUFBSTtBQUN0QztBQUVPLFNBQVMsaUJBQWlCLE1BQTRCO0FBQzNELFFBQU0sV0FBVyxNQUFNLE1BQU0sRUFBRSx3QkFBd0IsS0FBSyxDQUFDO0FBQzdELFFBQU0sU0FBdUI7QUFBQSxJQUMzQixLQUFLLG9CQUFJLElBQUk7QUFBQSxJQUNiLFlBQVksQ0FBQztBQUFBLElBQ2IsZUFBZSxDQUFDO0FBQUEsSUFDaEIsY0FBYyxDQUFDO0FBQUEsSUFDZixvQkFBb0I7QUFBQSxFQUN0QjtBQUVBLFFBQU0sUUFBZ0IsQ0FBQyxRQUFRO0FBQy9CLFFBQU0sV0FBc0IsQ0FBQztBQUM3QixXQUFTLE9BQU8sTUFBTSxJQUFJLEdBQUcsTUFBTSxPQUFPLE1BQU0sSUFBSSxHQUFHO0FBQ3JELFFBQUksYUFBYSxLQUFNLFVBQVMsS0FBSyxJQUFJO0FBQ3pDLFVBQU0sS0FBSyxHQUFHLFNBQVMsSUFBSSxFQUFFLE1BQU0sRUFBRSxRQUFRLENBQUM7QUFBQSxFQUNoRDtBQUVBLGFBQVdBLFlBQVcsVUFBVTtBQUM5QixVQUFNLE1BQU1BLFNBQVE7QUFDcEIsVUFBTSxLQUFLLFVBQVVBLFVBQVMsSUFBSTtBQUNsQyxRQUFJLEdBQUksUUFBTyxJQUFJLElBQUksRUFBRTtBQUN6QixVQUFNLE9BQU8sVUFBVUEsVUFBUyxNQUFNO0FBQ3RDLFFBQUksUUFBUSxPQUFPLEtBQU0sUUFBTyxJQUFJLElBQUksSUFBSTtBQUM1QyxRQUFJLFVBQVVBLFVBQVMsT0FBTyxNQUFNLFFBQVc7QUFDN0MsYUFBTyxxQkFBcUI7QUFBQSxJQUM5QjtBQUVBLFFBQUksUUFBUSxZQUFZLFVBQVVBLFVBQVMsS0FBSyxNQUFNLFFBQVc7QUFDL0QsYUFBTyxjQUFjLEtBQUssT0FBT0EsUUFBTyxDQUFDO0FBQUEsSUFDM0M7QUFDQSxRQUFJLFFBQVEsUUFBUyxRQUFPLGFBQWEsS0FBSyxPQUFPQSxRQUFPLENBQUM7QUFDN0QsUUFBSSxRQUFRLFVBQVUsT0FBTyxhQUFhLFFBQVc7QUFDbkQsYUFBTyxXQUFXLFVBQVVBLFVBQVMsTUFBTTtBQUFBLElBQzdDO0FBRUEsZUFBV0UsU0FBUSxjQUFjLEdBQUcsS0FBSyxDQUFDLEdBQUc7QUFDM0MsWUFBTSxRQUFRLFVBQVVGLFVBQVNFLEtBQUk7QUFDckMsVUFBSSxVQUFVLE9BQVc7QUFDekIsWUFBTSxPQUFPQSxVQUFTLFdBQVcsV0FBVyxLQUFLLElBQUksQ0FBQyxLQUFLO0FBQzNELGlCQUFXLE9BQU8sTUFBTTtBQUN0QixlQUFPLFdBQVcsS0FBSztBQUFBLFVBQ3JCO0FBQUEsVUFDQSxRQUFRLElBQUksR0FBRyxJQUFJQSxLQUFJO0FBQUEsVUFDdkIsTUFBTSxRQUFRLE9BQU8sUUFBUSxTQUFTLFFBQVFGLFFBQU8sSUFBSTtBQUFBLFVBQ3pELE1BQU0sS0FBS0EsUUFBTztBQUFBLFFBQ3BCLENBQUM7QUFBQSxNQUNIO0FBQUEsSUFDRjtBQUVBLFFBQ0UsUUFBUSxVQUNSLFVBQVVBLFVBQVMsWUFBWSxHQUFHLFlBQVksTUFBTSxXQUNwRDtBQUNBLFlBQU0sTUFBTSxXQUFXLFVBQVVBLFVBQVMsU0FBUyxLQUFLLEVBQUU7QUFDMUQsVUFBSSxLQUFLO0FBQ1AsZUFBTyxXQUFXLEtBQUs7QUFBQSxVQUNyQjtBQUFBLFVBQ0EsUUFBUTtBQUFBLFVBQ1IsTUFBTTtBQUFBLFVBQ04sTUFBTSxLQUFLQSxRQUFPO0FBQUEsUUFDcEIsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDs7O0FIL0lPLFNBQVMsYUFBYUcsT0FBc0I7QUFDakQsU0FBTyxXQUFXLFdBQVcsUUFBUSxFQUFFLE9BQU9BLE9BQU0sTUFBTSxFQUFFLE9BQU8sUUFBUSxDQUFDO0FBQzlFO0FBT08sU0FBUyxxQkFBcUIsWUFBOEI7QUFDakUsUUFBTSxVQUFVO0FBQ2hCLFNBQU8sQ0FBQyxHQUFHLFdBQVcsU0FBUyxPQUFPLENBQUMsRUFBRSxJQUFJLENBQUMsVUFBVSxNQUFNLENBQUMsS0FBSyxFQUFFO0FBQ3hFO0FBUU8sU0FBUyxrQkFBa0IsUUFBNEI7QUFDNUQsUUFBTSxVQUFVLG9CQUFJLElBQVk7QUFDaEMsUUFBTSxTQUFTLG9CQUFJLElBQVk7QUFDL0IsYUFBVyxRQUFRLFVBQVUsTUFBTSxHQUFHO0FBQ3BDLFFBQUksS0FBSyxTQUFTLE9BQU8sR0FBRztBQUMxQixZQUFNLFdBQVc7QUFBQSxRQUNmLGFBQWFDLE1BQUssUUFBUSxJQUFJLEdBQUcsTUFBTTtBQUFBLE1BQ3pDO0FBQ0EsZUFBUyxjQUFjLFFBQVEsQ0FBQyxXQUFXLFFBQVEsSUFBSSxNQUFNLENBQUM7QUFDOUQsZUFBUyxhQUFhLFFBQVEsQ0FBQyxVQUFVLE9BQU8sSUFBSSxLQUFLLENBQUM7QUFBQSxJQUM1RCxXQUFXLEtBQUssU0FBUyxLQUFLLEdBQUc7QUFDL0IsMkJBQXFCLGFBQWFBLE1BQUssUUFBUSxJQUFJLEdBQUcsTUFBTSxDQUFDLEVBQUU7QUFBQSxRQUM3RCxDQUFDLFVBQVUsT0FBTyxJQUFJLEtBQUs7QUFBQSxNQUM3QjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTyxFQUFFLFNBQVMsQ0FBQyxHQUFHLE9BQU8sRUFBRSxLQUFLLEdBQUcsUUFBUSxDQUFDLEdBQUcsTUFBTSxFQUFFLEtBQUssRUFBRTtBQUNwRTtBQUVPLFNBQVMsc0JBQXNCLFFBQTRCO0FBQ2hFLFFBQU0sU0FBUyxDQUFDLFVBQ2QsQ0FBQyxHQUFHLElBQUksSUFBSSxNQUFNLElBQUksWUFBWSxDQUFDLENBQUMsRUFBRSxLQUFLO0FBQzdDLFFBQU0sYUFBc0M7QUFBQSxJQUMxQyxDQUFDLGVBQWUsUUFBUTtBQUFBLElBQ3hCLENBQUMsY0FBYyxVQUFVLEdBQUcsT0FBTyxPQUFPLE9BQU8sQ0FBQztBQUFBLElBQ2xELENBQUMsYUFBYSxVQUFVLEdBQUcsT0FBTyxPQUFPLE1BQU0sQ0FBQztBQUFBLElBQ2hELENBQUMsa0JBQWtCLGlCQUFpQjtBQUFBO0FBQUEsSUFFcEMsQ0FBQyxXQUFXLFVBQVUsT0FBTztBQUFBLElBQzdCLENBQUMsWUFBWSxRQUFRO0FBQUEsSUFDckIsQ0FBQyxlQUFlLFFBQVE7QUFBQSxJQUN4QixDQUFDLGNBQWMsUUFBUTtBQUFBLElBQ3ZCLENBQUMsWUFBWSxRQUFRO0FBQUEsSUFDckIsQ0FBQyxlQUFlLFFBQVE7QUFBQSxJQUN4QixDQUFDLG1CQUFtQixRQUFRO0FBQUEsRUFDOUI7QUFDQSxTQUFPLFdBQVcsSUFBSSxDQUFDLGNBQWMsVUFBVSxLQUFLLEdBQUcsQ0FBQyxFQUFFLEtBQUssSUFBSTtBQUNyRTtBQUVPLFNBQVMsZ0JBQWdCLFFBQXdDO0FBQ3RFLFNBQU87QUFBQSxJQUNMLENBQUMsMkJBQTJCLHNCQUFzQixNQUFNLENBQUM7QUFBQSxJQUN6RCxDQUFDLDBCQUEwQixTQUFTO0FBQUEsSUFDcEMsQ0FBQyxtQkFBbUIsaUNBQWlDO0FBQUEsSUFDckQ7QUFBQSxNQUNFO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQTtBQUFBLElBRUEsQ0FBQyxtQkFBbUIsTUFBTTtBQUFBLEVBQzVCO0FBQ0Y7QUFHTyxJQUFNLHNCQUFzQjtBQVE1QixTQUFTLHFCQUFxQixRQUF3QjtBQUMzRCxRQUFNLE9BQU9BLE1BQUssUUFBUSxVQUFVO0FBQ3BDLFFBQU0sV0FBVyxXQUFXLElBQUksSUFBSSxhQUFhLE1BQU0sTUFBTSxJQUFJO0FBQ2pFLFFBQU0sVUFBVSxnQkFBZ0Isa0JBQWtCLE1BQU0sQ0FBQztBQUV6RCxRQUFNLE9BQU8sSUFBSSxJQUFJLFFBQVEsSUFBSSxDQUFDLENBQUMsSUFBSSxNQUFNLEtBQUssWUFBWSxDQUFDLENBQUM7QUFDaEUsYUFBVyxRQUFRLGlCQUFpQixRQUFRLEdBQUc7QUFDN0MsZUFBVyxDQUFDLElBQUksS0FBSyxLQUFLLFNBQVM7QUFDakMsVUFBSSxLQUFLLElBQUksS0FBSyxZQUFZLENBQUMsR0FBRztBQUNoQyxjQUFNLElBQUk7QUFBQSxVQUNSLHdCQUF3QixJQUFJLFFBQVEsS0FBSyxPQUFPO0FBQUEsUUFDbEQ7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFFQSxRQUFNQyxTQUFzQixDQUFDLEVBQUUsU0FBUyxNQUFNLFFBQVEsQ0FBQztBQUN2RCxRQUFNRixRQUFPLEdBQUcsU0FBUyxRQUFRLENBQUMsR0FBRyxTQUFTLEtBQUssSUFBSSxTQUFTLEVBQUUsR0FBRyxrQkFBa0JFLE1BQUssQ0FBQztBQUM3RixRQUFNLFdBQVdGLE1BQ2QsTUFBTSxJQUFJLEVBQ1YsS0FBSyxDQUFDRyxVQUFTQSxNQUFLLFNBQVMsbUJBQW1CO0FBQ25ELE1BQUksVUFBVTtBQUNaLFVBQU0sSUFBSTtBQUFBLE1BQ1IsMEJBQTBCLFNBQVMsTUFBTSx5QkFBeUIsbUJBQW1CLGtDQUFrQyxTQUFTLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFBQSxJQUM5STtBQUFBLEVBQ0Y7QUFDQSxnQkFBYyxNQUFNSCxLQUFJO0FBQ3hCLFNBQU87QUFDVDs7O0FJL0hPLElBQU0sZ0JBQWdCO0FBQUEsRUFDM0I7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBSU8sSUFBTSxpQkFBaUIsQ0FBQyxrQkFBa0IsWUFBWTs7O0FDTnRELElBQU0sdUJBQU4sY0FBbUMsTUFBTTtBQUFBLEVBQzlDLFlBQ1csVUFDVCxRQUNBO0FBQ0E7QUFBQSxNQUNFLEdBQUcsTUFBTSxRQUFRLFNBQVMsV0FBVyxJQUFJLGNBQWMsR0FBRyxTQUFTLE1BQU0sV0FBVztBQUFBLElBQ2xGLFNBQVMsSUFBSSxDQUFDLFlBQVksT0FBTyxPQUFPLEVBQUUsRUFBRSxLQUFLLElBQUk7QUFBQSxJQUN6RDtBQU5TO0FBT1QsU0FBSyxPQUFPO0FBQUEsRUFDZDtBQUNGO0FBRUEsSUFBTSxZQUFZO0FBQ2xCLElBQU0sZUFBZTtBQUdyQixJQUFNLFVBQU4sTUFBYztBQUFBLEVBQ0gsV0FBcUIsQ0FBQztBQUFBLEVBRS9CLEtBQUssT0FBZSxTQUF1QjtBQUN6QyxTQUFLLFNBQVMsS0FBSyxHQUFHLEtBQUssS0FBSyxPQUFPLEVBQUU7QUFBQSxFQUMzQztBQUFBLEVBRUEsS0FBSyxPQUFlLE9BQWlDO0FBQ25ELFFBQUksT0FBTyxVQUFVLFlBQVksTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUNwRCxXQUFLO0FBQUEsUUFDSDtBQUFBLFFBQ0EsVUFBVSxTQUFZLGVBQWU7QUFBQSxNQUN2QztBQUNBLGFBQU87QUFBQSxJQUNUO0FBQ0EsV0FBTztBQUFBLEVBQ1Q7QUFBQSxFQUVBLFNBQVMsT0FBZSxPQUFzQjtBQUM1QyxRQUFJLENBQUMsS0FBSyxLQUFLLE9BQU8sS0FBSyxFQUFHO0FBQzlCLFFBQUk7QUFDSixRQUFJO0FBQ0YsWUFBTSxJQUFJLElBQUksS0FBSztBQUFBLElBQ3JCLFFBQVE7QUFDTixXQUFLLEtBQUssT0FBTyx3QkFBd0IsS0FBSyxHQUFHO0FBQ2pEO0FBQUEsSUFDRjtBQUNBLFFBQUksSUFBSSxhQUFhO0FBQ25CLFdBQUssS0FBSyxPQUFPLG9CQUFvQixLQUFLLEdBQUc7QUFBQSxFQUNqRDtBQUFBLEVBRUEsTUFBTSxPQUFlLE9BQWdCLFNBQWtDO0FBQ3JFLFFBQUksQ0FBQyxLQUFLLEtBQUssT0FBTyxLQUFLLEVBQUc7QUFDOUIsUUFBSSxDQUFDLFFBQVEsU0FBUyxLQUFLLEdBQUc7QUFDNUIsV0FBSyxLQUFLLE9BQU8sSUFBSSxLQUFLLG1CQUFtQixRQUFRLEtBQUssSUFBSSxDQUFDLEVBQUU7QUFBQSxJQUNuRTtBQUFBLEVBQ0Y7QUFBQSxFQUVBLFNBQVMsT0FBZSxPQUFzQjtBQUM1QyxRQUFJLENBQUMsS0FBSyxLQUFLLE9BQU8sS0FBSyxFQUFHO0FBQzlCLFFBQUk7QUFDRixVQUFJLEtBQUssZUFBZSxNQUFNLEVBQUUsVUFBVSxNQUFNLENBQUM7QUFBQSxJQUNuRCxRQUFRO0FBQ04sV0FBSztBQUFBLFFBQ0g7QUFBQSxRQUNBLElBQUksS0FBSztBQUFBLE1BQ1g7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUFBLEVBRUEsS0FBSyxPQUFlLE9BQW9DO0FBQ3RELFFBQUksQ0FBQyxNQUFNLFFBQVEsS0FBSyxHQUFHO0FBQ3pCLFdBQUssS0FBSyxPQUFPLFVBQVUsU0FBWSxlQUFlLGdCQUFnQjtBQUN0RSxhQUFPO0FBQUEsSUFDVDtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0Y7QUFHQSxTQUFTLFVBQ1AsTUFDQSxPQUNBLE9BQ1E7QUFDUixRQUFNLFFBQVEsT0FBTyxNQUFNLFVBQVUsV0FBVyxNQUFNLFFBQVEsTUFBTTtBQUNwRSxTQUFPLE9BQU8sVUFBVSxZQUFZLE1BQU0sS0FBSyxNQUFNLEtBQ2pELEdBQUcsSUFBSSxJQUFJLEtBQUssT0FBTyxLQUFLLE9BQzVCLEdBQUcsSUFBSSxJQUFJLEtBQUs7QUFDdEI7QUFFQSxTQUFTLGFBQ1AsT0FDQSxTQUNBLE9BQ007QUFDTixRQUFNLFFBQVEsVUFBVSxZQUFZLE9BQU8sT0FBTztBQUNsRCxRQUFNLEtBQUssR0FBRyxLQUFLLFNBQVMsUUFBUSxJQUFJO0FBQ3hDLFFBQU0sU0FBUyxHQUFHLEtBQUssZUFBZSxRQUFRLFVBQVU7QUFDeEQsUUFBTSxLQUFLLEdBQUcsS0FBSyxTQUFTLFFBQVEsSUFBSTtBQUN4QyxNQUFJLFFBQVEsYUFBYTtBQUN2QixVQUFNLFNBQVMsR0FBRyxLQUFLLGFBQWEsUUFBUSxRQUFRO0FBQ3RELE1BQ0UsUUFBUSxjQUFjLFVBQ3RCLE1BQU0sS0FBSyxHQUFHLEtBQUssY0FBYyxRQUFRLFNBQVMsR0FDbEQ7QUFDQSxZQUFRLFVBQVU7QUFBQSxNQUFRLENBQUMsVUFBVSxNQUNuQyxNQUFNLEtBQUssR0FBRyxLQUFLLGNBQWMsQ0FBQyxLQUFLLFFBQVE7QUFBQSxJQUNqRDtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsY0FDUCxPQUNBLFVBQ0EsT0FDQSxNQUNNO0FBQ04sUUFBTSxRQUFRLFVBQVUsYUFBYSxPQUFPLFFBQVE7QUFDcEQsTUFBSSxNQUFNLEtBQUssR0FBRyxLQUFLLE9BQU8sU0FBUyxFQUFFLEdBQUc7QUFDMUMsUUFBSSxDQUFDLFVBQVUsS0FBSyxTQUFTLEVBQUUsR0FBRztBQUNoQyxZQUFNO0FBQUEsUUFDSixHQUFHLEtBQUs7QUFBQSxRQUNSLElBQUksU0FBUyxFQUFFO0FBQUEsTUFDakI7QUFBQSxJQUNGO0FBQ0EsVUFBTSxRQUFRLEtBQUssSUFBSSxJQUFJLFNBQVMsRUFBRTtBQUN0QyxRQUFJO0FBQ0YsWUFBTSxLQUFLLEdBQUcsS0FBSyxPQUFPLElBQUksU0FBUyxFQUFFLHdCQUF3QixLQUFLLEVBQUU7QUFBQSxRQUNyRSxNQUFLLElBQUksSUFBSSxTQUFTLElBQUksS0FBSztBQUFBLEVBQ3RDO0FBQ0EsUUFBTSxLQUFLLEdBQUcsS0FBSyxVQUFVLFNBQVMsS0FBSztBQUMzQyxRQUFNLFNBQVMsR0FBRyxLQUFLLFFBQVEsU0FBUyxHQUFHO0FBQzNDLE1BQUksT0FBTyxTQUFTLFFBQVEsVUFBVTtBQUNwQyxVQUFNLFFBQVEsS0FBSyxLQUFLLElBQUksU0FBUyxHQUFHO0FBQ3hDLFFBQUk7QUFDRixZQUFNO0FBQUEsUUFDSixHQUFHLEtBQUs7QUFBQSxRQUNSLElBQUksU0FBUyxHQUFHLDBCQUEwQixLQUFLO0FBQUEsTUFDakQ7QUFBQSxRQUNHLE1BQUssS0FBSyxJQUFJLFNBQVMsS0FBSyxLQUFLO0FBQUEsRUFDeEM7QUFDQSxRQUFNLEtBQUssR0FBRyxLQUFLLGdCQUFnQixTQUFTLFdBQVc7QUFDdkQsUUFBTSxNQUFNLEdBQUcsS0FBSyxTQUFTLFNBQVMsTUFBTSxhQUFhO0FBQ3pELFFBQU0sTUFBTSxHQUFHLEtBQUssVUFBVSxTQUFTLE9BQU8sY0FBYztBQUM5RDtBQU1PLFNBQVMsa0JBQ2RJLFlBQ0EsU0FBUywyQkFDRTtBQUNYLFFBQU0sUUFBUSxJQUFJLFFBQVE7QUFDMUIsUUFBTSxRQUFRQTtBQUVkLFFBQU0sS0FBSyxRQUFRLE1BQU0sSUFBSTtBQUM3QixRQUFNLEtBQUssZUFBZSxNQUFNLFdBQVc7QUFDM0MsUUFBTSxLQUFLLFFBQVEsTUFBTSxJQUFJO0FBRTdCLFFBQU0sU0FBUyxZQUFZLE1BQU0sTUFBTSxHQUFHO0FBQzFDLE1BQUksTUFBTSxNQUFNLGVBQWUsUUFBVztBQUN4QyxVQUFNLFNBQVMsdUJBQXVCLE1BQU0sS0FBSyxXQUFXLEdBQUc7QUFDL0QsVUFBTSxLQUFLLDBCQUEwQixNQUFNLEtBQUssV0FBVyxNQUFNO0FBQUEsRUFDbkU7QUFFQSxRQUFNLEtBQUssZ0JBQWdCLE1BQU0sU0FBUyxJQUFJO0FBQzlDLFFBQU0sU0FBUyxzQkFBc0IsTUFBTSxTQUFTLFVBQVU7QUFFOUQsUUFBTSxTQUFTLG1CQUFtQixNQUFNLE9BQU8sU0FBUztBQUV4RCxNQUFJLE1BQU0sS0FBSyxZQUFZLE1BQU0sUUFBUSxHQUFHO0FBQzFDLFFBQUksTUFBTSxTQUFTLFdBQVc7QUFDNUIsWUFBTSxLQUFLLFlBQVksZ0NBQWdDO0FBQ3pELFVBQU0sU0FBUztBQUFBLE1BQVEsQ0FBQyxTQUFTLFVBQy9CLGFBQWEsT0FBTyxXQUFXLENBQUMsR0FBRyxLQUFLO0FBQUEsSUFDMUM7QUFBQSxFQUNGO0FBRUEsUUFBTSxZQUFZLE1BQU07QUFDeEIsTUFBSSxXQUFXLFVBQVUsVUFBYSxDQUFDLGFBQWEsS0FBSyxVQUFVLEtBQUssR0FBRztBQUN6RSxVQUFNO0FBQUEsTUFDSjtBQUFBLE1BQ0EsSUFBSSxVQUFVLEtBQUs7QUFBQSxJQUNyQjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLE9BQU8sV0FBVyx1QkFBdUIsV0FBVztBQUN0RCxVQUFNLEtBQUssZ0NBQWdDLHVCQUF1QjtBQUFBLEVBQ3BFO0FBQ0EsUUFBTSxLQUFLLDZCQUE2QixXQUFXLGVBQWU7QUFDbEUsUUFBTSxnQkFBZ0IsV0FBVztBQUNqQyxNQUFJLE1BQU0sS0FBSywyQkFBMkIsYUFBYSxHQUFHO0FBQ3hELFFBQUksY0FBYyxXQUFXO0FBQzNCLFlBQU0sS0FBSywyQkFBMkIsNkJBQTZCO0FBQ3JFLGtCQUFjO0FBQUEsTUFBUSxDQUFDLE1BQU0sVUFDM0IsTUFBTSxLQUFLLDJCQUEyQixLQUFLLEtBQUssSUFBSTtBQUFBLElBQ3REO0FBQUEsRUFDRjtBQUNBLFFBQU07QUFBQSxJQUNKO0FBQUEsSUFDQSxXQUFXLGVBQWU7QUFBQSxFQUM1QjtBQUNBLFFBQU07QUFBQSxJQUNKO0FBQUEsSUFDQSxXQUFXLGVBQWU7QUFBQSxFQUM1QjtBQUVBLE1BQUksTUFBTSxLQUFLLGFBQWEsTUFBTSxTQUFTLEdBQUc7QUFDNUMsVUFBTSxPQUFPO0FBQUEsTUFDWCxLQUFLLG9CQUFJLElBQW9CO0FBQUEsTUFDN0IsTUFBTSxvQkFBSSxJQUFvQjtBQUFBLElBQ2hDO0FBQ0EsVUFBTSxVQUFVO0FBQUEsTUFBUSxDQUFDLFVBQVUsVUFDakMsY0FBYyxPQUFPLFlBQVksQ0FBQyxHQUFHLE9BQU8sSUFBSTtBQUFBLElBQ2xEO0FBQUEsRUFDRjtBQUVBLE1BQUksTUFBTSxTQUFTLFNBQVM7QUFDMUIsVUFBTSxJQUFJLHFCQUFxQixNQUFNLFVBQVUsTUFBTTtBQUN2RCxTQUFPQTtBQUNUO0FBR08sU0FBUyxnQkFBZ0JBLFlBQTJDO0FBQ3pFLFNBQU8sT0FBTyxPQUFPLGtCQUFrQkEsVUFBUyxDQUFDO0FBQ25EOzs7QUM3T0EsSUFBTSxpQkFBaUI7QUFDdkIsSUFBTSxvQkFBb0I7QUFVbkIsSUFBTSxZQUFZLGdCQUFnQjtBQUFBLEVBQ3ZDLE1BQU07QUFBQSxFQUNOLGFBQ0U7QUFBQSxFQUNGLE1BQU07QUFBQSxFQUVOLE1BQU07QUFBQTtBQUFBLElBRUosS0FBSztBQUFBO0FBQUE7QUFBQSxFQUdQO0FBQUEsRUFFQSxTQUFTO0FBQUEsSUFDUCxNQUFNO0FBQUEsSUFDTixZQUFZO0FBQUEsRUFDZDtBQUFBLEVBRUEsT0FBTztBQUFBLElBQ0wsV0FBVztBQUFBLEVBQ2I7QUFBQSxFQUVBLFVBQVU7QUFBQSxJQUNSO0FBQUEsTUFDRSxNQUFNO0FBQUEsTUFDTixZQUFZO0FBQUEsTUFDWixNQUFNO0FBQUE7QUFBQSxJQUVSO0FBQUEsRUFDRjtBQUFBLEVBRUEsV0FBVztBQUFBO0FBQUEsSUFFVCxvQkFBb0I7QUFBQSxJQUNwQixpQkFBaUI7QUFBQSxJQUNqQixlQUFlO0FBQUEsTUFDYjtBQUFBLE1BQ0E7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxJQUNBLGVBQWU7QUFBQSxNQUNiLGlCQUFpQjtBQUFBLE1BQ2pCLFVBQVU7QUFBQSxJQUNaO0FBQUEsRUFDRjtBQUFBLEVBRUEsV0FBVztBQUFBLElBQ1Q7QUFBQSxNQUNFLElBQUk7QUFBQSxNQUNKLE9BQU87QUFBQSxNQUNQLEtBQUs7QUFBQSxNQUNMLGFBQ0U7QUFBQSxNQUNGLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxJQUNUO0FBQUEsSUFDQTtBQUFBLE1BQ0UsSUFBSTtBQUFBLE1BQ0osT0FBTztBQUFBLE1BQ1AsS0FBSztBQUFBLE1BQ0wsYUFBYTtBQUFBLE1BQ2IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLElBQ1Q7QUFBQSxJQUNBO0FBQUEsTUFDRSxJQUFJO0FBQUEsTUFDSixPQUFPO0FBQUEsTUFDUCxLQUFLO0FBQUEsTUFDTCxhQUFhO0FBQUEsTUFDYixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsSUFDVDtBQUFBLElBQ0E7QUFBQSxNQUNFLElBQUk7QUFBQSxNQUNKLE9BQU87QUFBQSxNQUNQLEtBQUs7QUFBQSxNQUNMLGFBQWE7QUFBQSxNQUNiLE1BQU07QUFBQSxNQUNOLE9BQU87QUFBQSxJQUNUO0FBQUEsSUFDQTtBQUFBLE1BQ0UsSUFBSTtBQUFBLE1BQ0osT0FBTztBQUFBLE1BQ1AsS0FBSztBQUFBLE1BQ0wsYUFBYTtBQUFBLE1BQ2IsTUFBTTtBQUFBLE1BQ04sT0FBTztBQUFBLElBQ1Q7QUFBQSxJQUNBO0FBQUEsTUFDRSxJQUFJO0FBQUEsTUFDSixPQUFPO0FBQUEsTUFDUCxLQUFLO0FBQUEsTUFDTCxhQUFhO0FBQUEsTUFDYixNQUFNO0FBQUEsTUFDTixPQUFPO0FBQUEsSUFDVDtBQUFBLEVBQ0Y7QUFDRixDQUFDOzs7QUN0R0QsU0FBUyxpQkFBaUI7QUFpQjFCLFNBQVMsSUFBSSxLQUFhLE1BQWlEO0FBQ3pFLFFBQU0sU0FBUyxVQUFVLE9BQU8sTUFBTSxFQUFFLEtBQUssVUFBVSxPQUFPLENBQUM7QUFFL0QsU0FBTztBQUFBLElBQ0wsSUFBSSxDQUFDLE9BQU8sU0FBUyxPQUFPLFdBQVc7QUFBQSxJQUN2QyxRQUFRLE9BQU8sVUFBVTtBQUFBLEVBQzNCO0FBQ0Y7QUFFTyxTQUFTLGNBQWMsS0FBNEI7QUFDeEQsUUFBTSxTQUFTLElBQUksS0FBSyxDQUFDLGFBQWEsdUJBQXVCLENBQUM7QUFDOUQsTUFBSSxDQUFDLE9BQU8sTUFBTSxPQUFPLE9BQU8sS0FBSyxNQUFNLE9BQVEsUUFBTztBQUMxRCxNQUFJLENBQUMsSUFBSSxLQUFLLENBQUMsYUFBYSxZQUFZLFdBQVcsTUFBTSxDQUFDLEVBQUU7QUFDMUQsV0FBTztBQUNULFFBQU0sVUFBVSxJQUFJLEtBQUssQ0FBQyxhQUFhLHlCQUF5QixDQUFDO0FBQ2pFLFNBQU8sUUFBUSxPQUFPLEtBQUssTUFBTSxTQUFTLFlBQVk7QUFDeEQ7QUFJQSxJQUFNLFdBQVc7QUFDakIsSUFBTSxZQUFZO0FBQ2xCLElBQU0sWUFBWSxDQUFDLE1BQU0sTUFBTSxPQUFPLElBQUksRUFBRSxLQUFLLFFBQVEsSUFBSTs7O0FDbEN0RCxJQUFNLGNBQXFDO0FBQUEsRUFDaEQ7QUFBQSxJQUNFLElBQUk7QUFBQSxJQUNKLE9BQU87QUFBQSxJQUNQLE1BQU07QUFBQSxJQUNOLE1BQU07QUFBQSxFQUNSO0FBQUEsRUFDQTtBQUFBLElBQ0UsSUFBSTtBQUFBLElBQ0osT0FBTztBQUFBLElBQ1AsTUFBTTtBQUFBLElBQ04sTUFBTTtBQUFBLEVBQ1I7QUFDRjs7O0FDbkJPLFNBQVMsZ0JBQWdCLFlBQWdDO0FBQzlELFNBQU8sR0FBRyxXQUFXLEdBQUcsU0FBUyxXQUFXLE1BQU07QUFDcEQ7OztBQ1NPLFNBQVMsZUFBZSxLQUFVLFlBQTRCO0FBQ25FLFVBQVEsSUFBSSxZQUFZLFlBQVksUUFBUSxRQUFRLEVBQUU7QUFDeEQ7QUFFQSxJQUFNLFdBQVc7QUFPVixTQUFTLGdCQUFnQixLQUFVQyxVQUF5QjtBQUNqRSxRQUFNLFFBQVEsSUFBSSxXQUFXLEtBQUs7QUFDbEMsUUFBTSxNQUFNLFFBQVEsUUFBUSxJQUFJLElBQUlBLFFBQU8sRUFBRTtBQUM3QyxRQUFNLE9BQU8sSUFBSSxJQUFJLFFBQVEsY0FBYyxFQUFFLENBQUMsSUFBSSxRQUFRLFVBQVUsR0FBRztBQUN2RSxNQUFJLENBQUMsU0FBUyxLQUFLLElBQUksR0FBRztBQUN4QixVQUFNLElBQUk7QUFBQSxNQUNSLEdBQUcsUUFBUSxjQUFjLG1CQUFtQixLQUFLLEdBQUc7QUFBQSxJQUV0RDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFRTyxTQUFTLGdCQUFnQkEsVUFBaUIsTUFBc0I7QUFDckUsU0FBTyxJQUFJLElBQUksTUFBTSxHQUFHQSxRQUFPLEdBQUcsRUFBRSxLQUFLLFFBQVEsT0FBTyxFQUFFO0FBQzVEO0FBR08sU0FBUyxlQUFlLEtBQW1CO0FBQ2hELFFBQU0sT0FBTyxJQUFJLGNBQWMsS0FBSyxFQUFFLFlBQVk7QUFDbEQsU0FBTyxDQUFDLENBQUMsUUFBUSxTQUFTLE9BQU8sU0FBUztBQUM1QztBQUdPLFNBQVMsNEJBQTRCLEtBQWtDO0FBQzVFLFFBQU0sRUFBRSxtQkFBbUIsUUFBUSxtQkFBbUIsV0FBVyxJQUFJO0FBQ3JFLE1BQUksQ0FBQyxVQUFVLENBQUMsV0FBWSxRQUFPO0FBQ25DLFNBQU87QUFBQSxJQUNMLEtBQUssR0FBRyxPQUFPLFFBQVEsUUFBUSxFQUFFLENBQUMsSUFBSSxVQUFVO0FBQUE7QUFBQSxJQUVoRCxRQUFRLElBQUksbUJBQW1CLElBQUksbUJBQW1CO0FBQUEsRUFDeEQ7QUFDRjtBQUVPLElBQU0sVUFBVSxlQUFlLFFBQVEsS0FBSyxVQUFVLEtBQUssR0FBRztBQUM5RCxJQUFNLFdBQVcsZ0JBQWdCLFFBQVEsS0FBSyxPQUFPO0FBQ3JELElBQU0sV0FBVyxnQkFBZ0IsU0FBUyxRQUFRO0FBQ2xELElBQU0sY0FBYyxlQUFlLFFBQVEsR0FBRztBQUM5QyxJQUFNLGlCQUNYLFVBQVUsS0FBSyxjQUFjLDRCQUE0QixRQUFRLEdBQUc7OztBQ3RFdEUsU0FBUyxnQkFBQUMscUJBQW9CO0FBQzdCLFNBQVMscUJBQXFCO0FBQzlCLE9BQU8sZ0JBQWdCOzs7QUNJdkIsT0FBTyxZQUFZO0FBQ25CO0FBQUEsRUFDRTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsT0FDSzs7O0FDVEEsSUFBTSxlQUFOLGNBQTJCLE1BQU07QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU90QyxZQUNXLFVBQ0EsU0FDQSxLQUNUO0FBQ0EsVUFBTSxHQUFHLFFBQVEsS0FBSyxDQUFDLFNBQVMsR0FBRyxFQUFFLE9BQU8sT0FBTyxFQUFFLEtBQUssR0FBRyxDQUFDLEVBQUU7QUFKdkQ7QUFDQTtBQUNBO0FBR1QsU0FBSyxPQUFPO0FBQUEsRUFDZDtBQUNGO0FBR08sU0FBUyxlQUFlLE9BQXVDO0FBQ3BFLFNBQU8saUJBQWlCLFNBQVMsTUFBTSxTQUFTO0FBQ2xEO0FBR08sU0FBUyxpQkFBaUIsT0FBMEIsUUFBUSxNQUFNO0FBQ3ZFLFNBQU8sS0FBSyxDQUFDLE1BQU0sV0FBVyxZQUFZLEtBQUssS0FBSyxDQUFDLEtBQUssRUFBRTtBQUM5RDtBQVVPLFNBQVMsb0JBQW9CLFFBQXVDO0FBQ3pFLE1BQUksT0FBTyxXQUFXLEVBQUc7QUFDekIsTUFBSSxDQUFDLGlCQUFpQixFQUFHLE9BQU0sT0FBTyxDQUFDO0FBQ3ZDLFFBQU0sUUFBUSxPQUFPLFdBQVcsSUFBSSxjQUFjLEdBQUcsT0FBTyxNQUFNO0FBQ2xFLFVBQVEsT0FBTztBQUFBLElBQ2I7QUFBQSx1QkFBMEIsS0FBSztBQUFBO0FBQUEsRUFBdUIsT0FDbkQsSUFBSSxDQUFDLFVBQVUsS0FBSyxNQUFNLE9BQU8sRUFBRSxFQUNuQyxLQUFLLElBQUksQ0FBQztBQUFBO0FBQUE7QUFBQSxFQUNmO0FBQ0EsVUFBUSxLQUFLLENBQUM7QUFDaEI7OztBRHBCQSxJQUFNLGdCQUFnQjtBQU9mLFNBQVMsU0FBUyxRQUFnQixNQUEwQjtBQUNqRSxRQUFNQyxRQUFPLE9BQU8sUUFBUSxlQUFlLEVBQUU7QUFDN0MsUUFBTSxTQUFTLHNCQUFzQixLQUFLQSxLQUFJO0FBQzlDLE1BQUksVUFBVSxPQUFPLENBQUMsR0FBRyxLQUFLLEdBQUc7QUFDL0IsVUFBTSxJQUFJO0FBQUEsTUFDUixHQUFHLElBQUk7QUFBQSxNQUNQLG1CQUFtQixPQUFPLENBQUMsRUFBRSxLQUFLLENBQUM7QUFBQSxNQUNuQztBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsTUFBSTtBQUNKLE1BQUk7QUFHRixhQUFTLE9BQU9BLE9BQU0sQ0FBQyxDQUFDO0FBQUEsRUFDMUIsU0FBUyxPQUFPO0FBQ2QsVUFBTSxPQUFRLE1BQXVDO0FBQ3JELFVBQU0sU0FBVSxNQUE4QixVQUFVLE9BQU8sS0FBSztBQUNwRSxVQUFNLElBQUk7QUFBQSxNQUNSLEdBQUcsSUFBSSxLQUFLLE1BQU0sUUFBUSxLQUFLLENBQUM7QUFBQSxNQUNoQyxzQ0FBc0MsTUFBTTtBQUFBLElBQzlDO0FBQUEsRUFDRjtBQUNBLFFBQU0sT0FBZ0IsT0FBTztBQUM3QixNQUFJLE9BQU8sU0FBUyxZQUFZLFNBQVMsUUFBUSxNQUFNLFFBQVEsSUFBSSxHQUFHO0FBQ3BFLFVBQU0sSUFBSTtBQUFBLE1BQ1IsR0FBRyxJQUFJO0FBQUEsTUFDUDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPLE9BQU87QUFDcEIsUUFBTUMsUUFBT0QsTUFBSyxTQUFTLElBQUksSUFDM0JBLE1BQUssTUFBTSxHQUFHQSxNQUFLLFNBQVMsS0FBSyxNQUFNLElBQ3ZDO0FBQ0osUUFBTSxZQUFZLE9BQU8sVUFBVTtBQUNuQyxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxJQUNBLFlBQVlDLE1BQUssTUFBTSxJQUFJLEVBQUUsU0FBUztBQUFBLElBQ3RDLGdCQUFnQixXQUFXO0FBQUEsSUFDM0IsUUFBUSxDQUFDLFNBQVMsYUFBYSxXQUFXLElBQUk7QUFBQSxFQUNoRDtBQUNGO0FBT0EsU0FBUyxhQUFhLFdBQW1CLE1BQXNDO0FBQzdFLFFBQU0sY0FBYyxJQUFJLFlBQVk7QUFDcEMsTUFBSSxPQUFnQixjQUFjLFdBQVcsRUFBRSxZQUFZLENBQUMsRUFBRTtBQUM5RCxNQUFJQyxRQUFPO0FBQ1gsYUFBVyxXQUFXLE1BQU07QUFDMUIsVUFBTSxPQUFPLE1BQU0sSUFBSSxJQUNuQixLQUFLLE1BQU07QUFBQSxNQUNULENBQUMsU0FBUyxTQUFTLEtBQUssR0FBRyxLQUFLLEtBQUssSUFBSSxVQUFVO0FBQUEsSUFDckQsSUFDQSxNQUFNLElBQUksS0FBSyxPQUFPLFlBQVksV0FDaEMsS0FBSyxNQUFNLE9BQU8sSUFDbEI7QUFDTixRQUFJLENBQUMsS0FBTTtBQUNYLFVBQU0sV0FBWSxPQUFPLElBQUksSUFBSSxLQUFLLE1BQU07QUFDNUMsUUFBSSxTQUFTLFFBQVEsQ0FBQyxNQUFNO0FBQzFCLE1BQUFBLFFBQU8sWUFBWSxRQUFRLFNBQVMsTUFBTSxDQUFDLENBQUMsRUFBRTtBQUNoRCxXQUFPLE9BQU8sSUFBSSxJQUFJLEtBQUssUUFBUTtBQUFBLEVBQ3JDO0FBQ0EsU0FBT0E7QUFDVDs7O0FFdEdPLElBQU0sY0FBYztBQVVwQixTQUFTLGVBQ2QsS0FDQSxLQUNRO0FBQ1IsUUFBTSxVQUFVO0FBQ2hCLFFBQU0sZUFBZSxTQUFTO0FBQzlCLFFBQU0sT0FBTyxlQUFlLEdBQUcsV0FBVyxJQUFJLFlBQVksS0FBSztBQUMvRCxRQUFNQyxRQUFPLE1BQU0sSUFBSSxDQUFDLElBQUksS0FBSyxTQUFTLG9CQUFvQixLQUFLO0FBQ25FLFNBQU9BLFVBQVMsU0FBWSxPQUFPLEdBQUcsSUFBSSxJQUFJQSxLQUFJO0FBQ3BEO0FBV08sU0FBUyx1QkFBdUIsSUFBc0I7QUFDM0QsUUFBTSxTQUFTLEdBQUcsT0FBTyxLQUFLLEVBQUU7QUFDaEMsS0FBRyxTQUFTLENBQUMsS0FBSyxNQUFNLENBQUMsTUFBTTtBQUM3QixVQUFNLFVBQVU7QUFHaEIsWUFBUSxxQkFBcUIsV0FBVyxLQUFLLGVBQWUsR0FBRyxDQUFDO0FBQ2hFLFdBQU8sT0FBTyxLQUFLLEdBQUc7QUFBQSxFQUN4QjtBQUNGO0FBRUEsU0FBUyxXQUFXLEtBQWEsTUFBc0I7QUFDckQsTUFBSTtBQUNGLFdBQU8sU0FBUyxLQUFLLElBQUksRUFBRTtBQUFBLEVBQzdCLFFBQVE7QUFDTixXQUFPO0FBQUEsRUFDVDtBQUNGOzs7QUMvQ08sSUFBTSxtQkFBbUI7QUFBQSxFQUM5QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUNGO0FBSUEsSUFBTSxZQUE2QztBQUFBLEVBQ2pELFlBQVk7QUFBQSxFQUNaLFNBQVM7QUFBQSxFQUNULGlCQUFpQjtBQUFBLEVBQ2pCLGlCQUFpQjtBQUNuQjtBQUdPLElBQU0sb0JBQW9CO0FBRTFCLFNBQVMsa0JBQWtCLE9BQXlDO0FBQ3pFLFNBQVEsaUJBQXVDLFNBQVMsS0FBSztBQUMvRDtBQUdPLFNBQVMsa0JBQWtCLE1BQStCO0FBQy9ELFNBQU8sZUFBZSxJQUFJO0FBQzVCO0FBT08sU0FBUyxvQkFBb0IsTUFBK0I7QUFDakUsUUFBTSxTQUFTLGlCQUFpQixRQUFRLElBQUksSUFBSTtBQUNoRCxTQUFPLHlDQUF5QyxNQUFNLCtCQUErQixVQUFVLElBQUksQ0FBQyxLQUFLLGlCQUFpQixJQUFJLGtCQUFrQixJQUFJLENBQUM7QUFDdko7OztBQ2pCTyxJQUFNLGdCQUFnQjs7O0FDdUQ3QixJQUFNLGFBQWE7QUFBQSxFQUNqQjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRjtBQVNPLElBQU0sZUFBZSxDQUFDLFFBQVEsTUFBTTtBQUczQyxJQUFNLGNBQWM7QUFDcEIsSUFBTSxlQUFlO0FBQ3JCLElBQU0sb0JBQW9CO0FBQzFCLElBQU0sZUFBZTtBQUVyQixJQUFNLGtCQUFrQjtBQUVqQixJQUFNLGtCQUFOLGNBQThCLE1BQU07QUFBQSxFQUN6QyxZQUFZLE9BQWUsU0FBaUI7QUFDMUMsVUFBTSxHQUFHLEtBQUssS0FBSyxPQUFPLEVBQUU7QUFDNUIsU0FBSyxPQUFPO0FBQUEsRUFDZDtBQUNGO0FBRUEsU0FBUyxTQUFTLE9BQW1CQyxPQUFzQjtBQUN6RCxTQUFPLE1BQU0sSUFDVjtBQUFBLEtBQ0UsTUFBTSxPQUFPQSxLQUFJLEtBQUssTUFBTSxNQUFNLE9BQU9BLEtBQUksS0FBSztBQUFBLElBQ25ELE1BQU0sT0FBT0EsS0FBSTtBQUFBLEVBQ25CLEVBQ0MsUUFBUTtBQUNiO0FBTUEsU0FBUyxtQkFBOEM7QUFDckQsTUFBSTtBQUNKLFNBQU8sQ0FBQ0MsVUFBUztBQUNmLFVBQU0sU0FBUyxhQUFhLEtBQUtBLEtBQUksSUFBSSxDQUFDO0FBQzFDLFFBQUksT0FBTztBQUNULFVBQUksVUFBVSxPQUFPLENBQUMsTUFBTSxNQUFNLENBQUMsS0FBSyxPQUFPLFVBQVUsTUFBTSxRQUFRO0FBQ3JFLGdCQUFRO0FBQUEsTUFDVjtBQUNBLGFBQU87QUFBQSxJQUNUO0FBQ0EsWUFBUTtBQUNSLFdBQU8sV0FBVztBQUFBLEVBQ3BCO0FBQ0Y7QUFHQSxTQUFTLFVBQ1AsT0FDQSxVQUNBLFNBQ29CO0FBQ3BCLE1BQUksUUFBUTtBQUNaLFFBQU0sU0FBUyxpQkFBaUI7QUFDaEMsV0FBU0QsUUFBTyxXQUFXLEdBQUdBLFFBQU8sU0FBU0EsU0FBUTtBQUNwRCxVQUFNQyxRQUFPLFNBQVMsT0FBT0QsS0FBSTtBQUNqQyxRQUFJLE9BQU9DLEtBQUksRUFBRztBQUNsQixRQUFJLGFBQWEsS0FBS0EsS0FBSSxHQUFHO0FBQzNCLFVBQUksVUFBVSxFQUFHLFFBQU9EO0FBQ3hCO0FBQUEsSUFDRixXQUFXLGtCQUFrQixLQUFLQyxLQUFJLEVBQUc7QUFBQSxFQUMzQztBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsV0FDUCxPQUNBLFVBQ0EsV0FDQSxPQUN1QztBQUN2QyxRQUFNLFNBQWlCLEVBQUUsUUFBUSxDQUFDLEdBQUcsT0FBTyxDQUFDLEVBQUU7QUFDL0MsTUFBSUQsUUFBTyxXQUFXO0FBQ3RCLFNBQU9BLFFBQU8sV0FBV0EsU0FBUTtBQUMvQixVQUFNQyxRQUFPLFNBQVMsT0FBT0QsS0FBSTtBQUNqQyxRQUFJQyxVQUFTLEdBQUk7QUFDakIsVUFBTSxDQUFDLEVBQUUsUUFBUSxLQUFLLElBQUksMkJBQTJCLEtBQUtBLEtBQUksS0FBSyxDQUFDO0FBQ3BFLFFBQUksV0FBVyxVQUFhLFVBQVUsUUFBVztBQUMvQyxZQUFNLElBQUk7QUFBQSxRQUNSLE1BQU1ELEtBQUk7QUFBQSxRQUNWLGlDQUFpQyxXQUFXLEtBQUssSUFBSSxDQUFDLG9EQUFvREMsS0FBSTtBQUFBLE1BQ2hIO0FBQUEsSUFDRjtBQUNBLFVBQU0sTUFBTSxPQUFPLFlBQVk7QUFDL0IsUUFBSSxDQUFFLFdBQWlDLFNBQVMsR0FBRyxHQUFHO0FBQ3BELFlBQU0sSUFBSTtBQUFBLFFBQ1IsTUFBTUQsS0FBSTtBQUFBLFFBQ1YsdUJBQXVCLE1BQU0sVUFBVSxXQUFXLEtBQUssSUFBSSxDQUFDO0FBQUEsTUFDOUQ7QUFBQSxJQUNGO0FBQ0EsUUFBSSxPQUFPLE9BQU87QUFDaEIsWUFBTSxJQUFJO0FBQUEsUUFDUixNQUFNQSxLQUFJO0FBQUEsUUFDVixjQUFjLEdBQUc7QUFBQSxNQUNuQjtBQUNGLFdBQU8sT0FBTyxHQUFnQixJQUFJLE1BQU0sS0FBSztBQUM3QyxXQUFPLE1BQU0sR0FBZ0IsSUFBSUE7QUFBQSxFQUNuQztBQUNBLFNBQU8sRUFBRSxRQUFRLFdBQVdBLE1BQUs7QUFDbkM7QUFFQSxTQUFTLFFBQVEsSUFBWSxNQUFjLE9BQXFCO0FBQzlELE1BQUksQ0FBQyxjQUFjLEtBQUssRUFBRSxHQUFHO0FBQzNCLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBLE9BQU8sSUFBSSxLQUFLLEVBQUU7QUFBQSxJQUNwQjtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsVUFDUCxRQUNBLEVBQUUsUUFBUSxRQUFRLE1BQU0sR0FDeEIsT0FDQSxXQUNzQjtBQUN0QixNQUFJLENBQUMsUUFBUTtBQUNYLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDQSxVQUFRLFFBQVEsV0FBVyxLQUFLO0FBQ2hDLFFBQU0sV0FBVyxDQUFDLEtBQWdCLFNBQXlCO0FBQ3pELFVBQU0sUUFBUSxPQUFPLEdBQUc7QUFDeEIsUUFBSSxDQUFDLE9BQU87QUFDVixZQUFNLElBQUk7QUFBQSxRQUNSO0FBQUEsUUFDQSxhQUFhLE1BQU0sWUFBWSxHQUFHLGlCQUFpQixHQUFHLEtBQUssSUFBSSxxQkFBcUIsTUFBTTtBQUFBLE1BQzVGO0FBQUEsSUFDRjtBQUNBLFdBQU87QUFBQSxFQUNUO0FBQ0EsUUFBTSxhQUFhLFNBQVMsVUFBVSxHQUFHO0FBQ3pDLE1BQUksQ0FBQyxhQUFhLEtBQUssVUFBVSxHQUFHO0FBQ2xDLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBLGFBQWEsTUFBTSxpQkFBaUIsVUFBVTtBQUFBLElBQ2hEO0FBQUEsRUFDRjtBQUNBLFFBQU0sUUFBUSxTQUFTLFNBQVMsUUFBRztBQUNuQyxRQUFNLFVBQVUsU0FBUyxXQUFXLGdDQUFnQztBQUNwRSxRQUFNLFdBQVcsT0FBTyxXQUFXLElBQ2hDLE1BQU0sR0FBRyxFQUNULElBQUksQ0FBQyxVQUFVLE1BQU0sS0FBSyxDQUFDLEVBQzNCLE9BQU8sQ0FBQyxVQUFVLFVBQVUsRUFBRTtBQUNqQyxhQUFXLFNBQVMsUUFBUyxTQUFRLE9BQU8sU0FBUyxLQUFLO0FBQzFELFFBQU0sY0FBYyxPQUFPO0FBQzNCLE1BQUksZ0JBQWdCLFVBQWEsQ0FBQyxrQkFBa0IsV0FBVyxHQUFHO0FBQ2hFLFVBQU0sSUFBSTtBQUFBLE1BQ1IsVUFBVSxNQUFNLGVBQWUsQ0FBQztBQUFBLE1BQ2hDLHlCQUF5QixXQUFXLDJEQUEyRCxpQkFBaUIsS0FBSyxJQUFJLENBQUM7QUFBQSxJQUM1SDtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQUEsSUFDTCxJQUFJO0FBQUEsSUFDSixRQUFRLE9BQU8sVUFBVTtBQUFBLElBQ3pCO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUksZUFBZSxFQUFFLFlBQVk7QUFBQSxFQUNuQztBQUNGO0FBa0JBLFNBQVMsVUFDUCxPQUNBLE1BQ0EsWUFDQSxXQUNBLFdBQ0EsT0FLQTtBQUNBLFFBQU0sYUFBaUMsQ0FBQztBQUN4QyxRQUFNLFdBQXNCLENBQUM7QUFDN0IsTUFBSTtBQUNKLE1BQUksYUFBYTtBQUNqQixNQUFJLFFBQVE7QUFDWixRQUFNLFNBQVMsaUJBQWlCO0FBQ2hDLFdBQVNBLFFBQU8sV0FBV0EsUUFBTyxXQUFXQSxTQUFRO0FBQ25ELFVBQU1DLFFBQU8sU0FBUyxPQUFPRCxLQUFJO0FBQ2pDLFFBQUksT0FBT0MsS0FBSSxFQUFHO0FBQ2xCLFVBQU0sT0FBTyxnQkFBZ0IsS0FBS0EsS0FBSTtBQUN0QyxRQUFJLFFBQVEsVUFBVSxNQUFNLE1BQU0sT0FBT0QsS0FBSSxLQUFLLE1BQU0sWUFBWTtBQUNsRSxZQUFNLFlBQVksVUFBVSxPQUFPQSxPQUFNLFNBQVM7QUFDbEQsVUFBSSxjQUFjLFFBQVc7QUFDM0IsY0FBTSxJQUFJO0FBQUEsVUFDUixNQUFNQSxLQUFJO0FBQUEsVUFDVixPQUFPLEtBQUssQ0FBQyxDQUFDO0FBQUEsUUFDaEI7QUFBQSxNQUNGO0FBQ0EsWUFBTSxRQUFRLEVBQUUsVUFBVUEsT0FBTSxXQUFXLFVBQVU7QUFDckQsVUFBSSxLQUFLLENBQUMsTUFBTSxXQUFXO0FBQ3pCLGlCQUFTLEtBQUs7QUFBQSxVQUNaLE1BQU07QUFBQSxVQUNOLEdBQUc7QUFBQSxVQUNILE1BQU0sWUFBWSxLQUFLLENBQUMsR0FBRyxNQUFNQSxLQUFJLENBQUM7QUFBQSxRQUN4QyxDQUFDO0FBQUEsTUFDSCxPQUFPO0FBQ0wsWUFBSSxLQUFLLENBQUMsR0FBRztBQUNYLGdCQUFNLElBQUk7QUFBQSxZQUNSLE1BQU1BLEtBQUk7QUFBQSxZQUNWO0FBQUEsVUFDRjtBQUFBLFFBQ0Y7QUFDQSxZQUFJLGFBQWE7QUFDZixnQkFBTSxJQUFJO0FBQUEsWUFDUixNQUFNQSxLQUFJO0FBQUEsWUFDVixhQUFhLEtBQUssRUFBRSxrQ0FBa0MsTUFBTSxZQUFZLFFBQVEsQ0FBQztBQUFBLFVBQ25GO0FBQUEsUUFDRjtBQUNBLHNCQUFjLEVBQUUsTUFBTSxlQUFlLEdBQUcsTUFBTTtBQUFBLE1BQ2hEO0FBQ0EsaUJBQVcsS0FBSyxDQUFDLFlBQVlBLEtBQUksQ0FBQztBQUNsQyxtQkFBYSxZQUFZO0FBQ3pCLE1BQUFBLFFBQU87QUFBQSxJQUNULFdBQVcsYUFBYSxLQUFLQyxLQUFJLEdBQUc7QUFDbEMsY0FBUSxLQUFLLElBQUksR0FBRyxRQUFRLENBQUM7QUFBQSxJQUMvQixXQUFXLGtCQUFrQixLQUFLQSxLQUFJLEdBQUc7QUFDdkM7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLGFBQVcsS0FBSyxDQUFDLFlBQVksU0FBUyxDQUFDO0FBQ3ZDLFNBQU87QUFBQSxJQUNMLFlBQVksV0FBVyxPQUFPLENBQUMsQ0FBQyxNQUFNLEVBQUUsTUFBTSxPQUFPLEVBQUU7QUFBQSxJQUN2RDtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLFlBQVksVUFBOEIsT0FBNEI7QUFDN0UsTUFBSSxDQUFDLFVBQVU7QUFDYixVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxPQUFPLGFBQWEsS0FBSyxDQUFDLFVBQVUsVUFBVSxRQUFRO0FBQzVELE1BQUksQ0FBQyxNQUFNO0FBQ1QsVUFBTSxJQUFJO0FBQUEsTUFDUjtBQUFBLE1BQ0EscUJBQXFCLFFBQVE7QUFBQSxJQUMvQjtBQUFBLEVBQ0Y7QUFDQSxTQUFPO0FBQ1Q7QUFHQSxTQUFTLGNBQWMsT0FBbUIsTUFBYyxJQUFrQjtBQUN4RSxRQUFNLGdCQUFnQixNQUFNO0FBQzVCLFFBQU0sYUFBYSxNQUFNO0FBQ3pCLFFBQU0sYUFBYTtBQUNuQixRQUFNLFVBQVU7QUFDaEIsUUFBTSxHQUFHLE1BQU0sU0FBUyxPQUFPLE1BQU0sRUFBRTtBQUN2QyxRQUFNLGFBQWE7QUFDbkIsUUFBTSxVQUFVO0FBQ2xCO0FBR0EsU0FBUyxhQUNQLE9BQ0EsTUFDQSxPQUNNO0FBQ04sUUFBTSxhQUFhLE1BQU0sT0FBTztBQUNoQyxnQkFBYyxPQUFPLEtBQUssV0FBVyxHQUFHLEtBQUssU0FBUztBQUN0RCxRQUFNLFNBQVMsTUFBTSxPQUFPLE1BQU0sVUFBVTtBQUM1QyxNQUFJLE9BQU8sV0FBVyxHQUFHO0FBQ3ZCLFVBQU0sSUFBSTtBQUFBLE1BQ1IsTUFBTSxLQUFLLFFBQVE7QUFBQSxNQUNuQixPQUFPLEtBQUssSUFBSSw2Q0FBNkMsU0FBUyxPQUFPLEtBQUssUUFBUSxDQUFDO0FBQUEsSUFDN0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxVQUFVLE9BQU8sS0FBSyxDQUFDLFVBQVUsTUFBTSxTQUFTLGNBQWM7QUFDcEUsTUFBSSxTQUFTO0FBQ1gsVUFBTSxJQUFJO0FBQUEsTUFDUixNQUFNLFFBQVEsTUFBTSxDQUFDLEtBQUssS0FBSyxRQUFRO0FBQUEsTUFDdkMsT0FBTyxLQUFLLElBQUk7QUFBQSxJQUNsQjtBQUFBLEVBQ0Y7QUFDRjtBQUdBLFNBQVMsU0FBUyxPQUFtQixNQUFjLE1BQXdCO0FBQ3pFLFFBQU0sT0FBTyxNQUFNLEtBQUssa0JBQWtCLFlBQVksQ0FBQztBQUN2RCxPQUFLLFFBQVE7QUFDYixPQUFLLE9BQU8sRUFBRSxLQUFLO0FBQ25CLE9BQUs7QUFDTCxRQUFNLEtBQUssbUJBQW1CLFlBQVksRUFBRSxFQUFFLFFBQVE7QUFDeEQ7QUFHQSxTQUFTLGNBQ1AsT0FDQSxVQUNBRCxPQUNNO0FBQ04sUUFBTSxNQUF3QixDQUFDQSxPQUFNQSxRQUFPLENBQUM7QUFDN0MsUUFBTSxLQUFLLGtCQUFrQixLQUFLLENBQUMsRUFBRSxNQUFNO0FBQzNDLFFBQU0sU0FBUyxNQUFNLEtBQUssVUFBVSxJQUFJLENBQUM7QUFDekMsU0FBTyxVQUFVO0FBQ2pCLFNBQU8sTUFBTTtBQUNiLFNBQU8sV0FBVyxDQUFDO0FBQ25CLFFBQU0sS0FBSyxtQkFBbUIsS0FBSyxFQUFFO0FBQ3ZDO0FBTUEsU0FBUyxVQUNQLE9BQ0EsV0FDQSxVQUNBLFFBQ1M7QUFDVCxPQUFLLE1BQU0sT0FBTyxTQUFTLEtBQUssS0FBSyxNQUFNLGFBQWEsRUFBRyxRQUFPO0FBQ2xFLFFBQU0sT0FBTyxnQkFBZ0IsS0FBSyxTQUFTLE9BQU8sU0FBUyxDQUFDO0FBQzVELE1BQUksQ0FBQyxLQUFNLFFBQU87QUFDbEIsTUFBSSxPQUFRLFFBQU87QUFDbkIsUUFBTSxJQUFJO0FBQUEsSUFDUixlQUFlLE1BQU0sS0FBSyxDQUFDLFdBQVcsWUFBWSxDQUFDLENBQUM7QUFBQSxJQUNwRCxRQUFRLEtBQUssQ0FBQyxDQUFDO0FBQUEsRUFDakI7QUFDRjtBQUVBLFNBQVMsVUFDUCxPQUNBLFdBQ0EsU0FDQSxRQUNTO0FBRVQsT0FBSyxNQUFNLE9BQU8sU0FBUyxLQUFLLEtBQUssTUFBTSxhQUFhLEVBQUcsUUFBTztBQUNsRSxRQUFNLE9BQU8sWUFBWSxLQUFLLFNBQVMsT0FBTyxTQUFTLENBQUM7QUFDeEQsTUFBSSxDQUFDLEtBQU0sUUFBTztBQUNsQixNQUFJLE9BQVEsUUFBTztBQUVuQixRQUFNLE1BQU0sTUFBTTtBQUNsQixRQUFNLFFBQVEsQ0FBQ0EsVUFBeUIsZUFBZSxLQUFLLENBQUNBLE9BQU1BLFFBQU8sQ0FBQyxDQUFDO0FBRTVFLFFBQU0sWUFBWSxVQUFVLE9BQU8sV0FBVyxPQUFPO0FBQ3JELE1BQUksY0FBYyxRQUFXO0FBQzNCLFVBQU0sSUFBSTtBQUFBLE1BQ1IsTUFBTSxTQUFTO0FBQUEsTUFDZjtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBRUEsUUFBTSxFQUFFLFFBQVEsVUFBVSxJQUFJLFdBQVcsT0FBTyxXQUFXLFdBQVcsS0FBSztBQUMzRSxRQUFNLE9BQWE7QUFBQSxJQUNqQixHQUFHLFVBQVUsS0FBSyxDQUFDLEdBQUcsUUFBUSxNQUFNLFNBQVMsR0FBRyxLQUFLO0FBQUEsSUFDckQsUUFBUSxNQUFNLFNBQVM7QUFBQSxFQUN6QjtBQUVBLFFBQU1FLFNBQVMsSUFBSSxVQUFVLENBQUM7QUFDOUIsYUFBVyxTQUFTQSxRQUFPO0FBQ3pCLFVBQU0sUUFBUSxDQUFDLEtBQUssSUFBSSxHQUFHLEtBQUssT0FBTyxFQUFFO0FBQUEsTUFDdkMsQ0FBQyxPQUFPLE9BQU8sTUFBTSxNQUFNLE1BQU0sUUFBUSxTQUFTLEVBQUU7QUFBQSxJQUN0RDtBQUNBLFFBQUksT0FBTztBQUNULFlBQU0sSUFBSTtBQUFBLFFBQ1IsS0FBSztBQUFBLFFBQ0wsV0FBVyxLQUFLLG9DQUFvQyxNQUFNLE1BQU07QUFBQSxNQUNsRTtBQUFBLElBQ0Y7QUFDQSxRQUFJLE1BQU0sV0FBVyxLQUFLLFFBQVE7QUFDaEMsWUFBTSxJQUFJO0FBQUEsUUFDUixLQUFLO0FBQUEsUUFDTCxlQUFlLEtBQUssTUFBTSxtQ0FBbUMsTUFBTSxNQUFNO0FBQUEsTUFDM0U7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLEVBQUFBLE9BQU0sS0FBSyxJQUFJO0FBRWYsUUFBTSxXQUFXLE1BQU0sS0FBSyxrQkFBa0IsWUFBWSxDQUFDO0FBQzNELFdBQVMsUUFBUTtBQUNqQixXQUFTLE1BQU0sQ0FBQyxXQUFXLFlBQVksQ0FBQztBQUN4QyxXQUFTLE9BQU87QUFFaEIsUUFBTSxjQUFjLE1BQU0sS0FBSyxnQkFBZ0IsTUFBTSxDQUFDO0FBQ3RELGNBQVksU0FBUztBQUNyQixjQUFZLE1BQU0sQ0FBQyxXQUFXLFlBQVksQ0FBQztBQUMzQyxjQUFZLFFBQVEsTUFBTSxLQUFLLEVBQUU7QUFDakMsUUFBTSxjQUFjLE1BQU0sS0FBSyxVQUFVLElBQUksQ0FBQztBQUM5QyxjQUFZLFVBQVUsS0FBSztBQUMzQixjQUFZLE1BQU0sQ0FBQyxXQUFXLFlBQVksQ0FBQztBQUMzQyxjQUFZLFdBQVcsQ0FBQztBQUN4QixjQUFZLE9BQU8sRUFBRSxXQUFXLEtBQUs7QUFDckMsUUFBTSxLQUFLLGlCQUFpQixNQUFNLEVBQUUsRUFBRSxTQUFTO0FBRS9DLFFBQU0sRUFBRSxZQUFZLFVBQVUsWUFBWSxJQUFJO0FBQUEsSUFDNUM7QUFBQSxJQUNBO0FBQUEsSUFDQSxNQUFNLE9BQU8sU0FBUyxLQUFLO0FBQUEsSUFDM0I7QUFBQSxJQUNBO0FBQUEsSUFDQTtBQUFBLEVBQ0Y7QUFDQSxhQUFXLENBQUMsTUFBTSxFQUFFLEtBQUssV0FBWSxlQUFjLE9BQU8sTUFBTSxFQUFFO0FBRWxFLE1BQUksU0FBUyxTQUFTLEdBQUc7QUFDdkIsYUFBUyxPQUFPLFlBQVksTUFBTTtBQUNoQyxpQkFBVyxXQUFXLFVBQVU7QUFDOUIsY0FBTUMsUUFBTyxNQUFNLEtBQUsscUJBQXFCLGVBQWUsQ0FBQztBQUM3RCxRQUFBQSxNQUFLLFFBQVE7QUFDYixRQUFBQSxNQUFLLE1BQU0sQ0FBQyxRQUFRLFVBQVUsUUFBUSxZQUFZLENBQUM7QUFDbkQsUUFBQUEsTUFBSyxPQUFPLEVBQUUsTUFBTSxRQUFRLEtBQUs7QUFDakMscUJBQWEsT0FBTyxTQUFTLEtBQUs7QUFDbEMsY0FBTSxLQUFLLHNCQUFzQixlQUFlLEVBQUUsRUFBRSxRQUFRO0FBQUEsTUFDOUQ7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNIO0FBQ0EsTUFBSSxLQUFLLGVBQWUsYUFBYTtBQUNuQyxhQUFTLE9BQU8sZUFBZSxNQUFNO0FBQ25DLFVBQUksS0FBSyxhQUFhO0FBQ3BCO0FBQUEsVUFDRTtBQUFBLFVBQ0Esb0JBQW9CLEtBQUssV0FBVztBQUFBLFVBQ3BDLFlBQVk7QUFBQSxRQUNkO0FBQUEsTUFDRjtBQUNBLFVBQUksWUFBYSxjQUFhLE9BQU8sYUFBYSxLQUFLO0FBQUEsSUFDekQsQ0FBQztBQUFBLEVBQ0g7QUFFQSxRQUFNLEtBQUssbUJBQW1CLFlBQVksRUFBRSxFQUFFLFFBQVE7QUFDdEQsUUFBTSxPQUFPLFlBQVk7QUFDekIsU0FBTztBQUNUO0FBT0EsU0FBUyxnQkFBZ0IsT0FBd0I7QUFDL0MsYUFBVyxTQUFTLE1BQU0sUUFBUTtBQUNoQyxRQUNFLE1BQU0sU0FBUyxZQUNkLE1BQU0sTUFBeUMsV0FDaEQ7QUFDQSxZQUFNRixRQUFPLElBQUksTUFBTSxNQUFNLFFBQVEsSUFBSSxDQUFDO0FBQzFDLE1BQUFBLE1BQUssVUFBVSxNQUFNO0FBQ3JCLFlBQU0sV0FBVyxDQUFDQSxLQUFJO0FBQUEsSUFDeEI7QUFBQSxFQUNGO0FBQ0Y7QUFHQSxTQUFTLFFBQ1AsUUFDZ0Q7QUFDaEQsUUFBTSxNQUFzRCxDQUFDO0FBQzdELGFBQVcsU0FBUyxRQUFRO0FBQzFCLFFBQUksTUFBTSxTQUFTLGdCQUFnQjtBQUNqQyxZQUFNLEtBQUssTUFBTSxRQUFRLElBQUk7QUFDN0IsVUFBSSxHQUFJLEtBQUksS0FBSyxFQUFFLElBQUksS0FBSyxNQUFNLElBQUksQ0FBQztBQUFBLElBQ3pDLFdBQVcsTUFBTSxTQUFTLGtCQUFrQjtBQUMxQyxpQkFBVyxTQUFVLE1BQU0sS0FBYztBQUN2QyxZQUFJLEtBQUssRUFBRSxJQUFJLE9BQU8sS0FBSyxNQUFNLElBQUksQ0FBQztBQUFBLElBQzFDO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdBLFNBQVMsZUFBZSxPQUFrQixXQUFrQztBQUMxRSxRQUFNLE9BQU8sb0JBQUksSUFBb0I7QUFDckMsUUFBTSxXQUFXLGVBQWUsTUFBTSxHQUFHO0FBQ3pDLGFBQVcsRUFBRSxJQUFJLElBQUksS0FBSyxRQUFRLE1BQU0sTUFBTSxHQUFHO0FBQy9DLFVBQU0sUUFBUSxlQUFlLE1BQU0sS0FBSyxHQUFHO0FBQzNDLFVBQU0sUUFBUSxLQUFLLElBQUksRUFBRTtBQUN6QixRQUFJO0FBQ0YsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0EsV0FBVyxFQUFFLHdCQUF3QixLQUFLO0FBQUEsTUFDNUM7QUFDRixTQUFLLElBQUksSUFBSSxLQUFLO0FBRWxCLFVBQU0sUUFBUSxVQUFVO0FBQUEsTUFDdEIsQ0FBQyxTQUFTLEtBQUssT0FBTyxNQUFNLEtBQUssUUFBUSxTQUFTLEVBQUU7QUFBQSxJQUN0RDtBQUNBLFFBQUksU0FBUyxDQUFDLE1BQU0sT0FBTyxXQUFXLEdBQUcsUUFBUSxHQUFHLEdBQUc7QUFDckQsWUFBTSxJQUFJO0FBQUEsUUFDUjtBQUFBLFFBQ0EsV0FBVyxFQUFFLDRCQUE0QixNQUFNLE1BQU07QUFBQSxNQUN2RDtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxTQUFTLGdCQUFnQixPQUF1QjtBQUM5QyxTQUFPLE1BQ0osUUFBUSxNQUFNLE9BQU8sRUFDckIsUUFBUSxNQUFNLFFBQVEsRUFDdEIsUUFBUSxNQUFNLE1BQU0sRUFDcEIsUUFBUSxNQUFNLE1BQU07QUFDekI7QUFFQSxTQUFTLGVBQWUsTUFBb0I7QUFDMUMsUUFBTSxRQUFRO0FBQUEsSUFDWixZQUFZLGdCQUFnQixLQUFLLEVBQUUsQ0FBQztBQUFBLElBQ3BDLFlBQVksS0FBSyxNQUFNO0FBQUEsSUFDdkIsVUFBVSxnQkFBZ0IsS0FBSyxLQUFLLENBQUM7QUFBQSxJQUNyQyxZQUFZLGdCQUFnQixLQUFLLE9BQU8sQ0FBQztBQUFBLElBQ3pDLGFBQWEsZ0JBQWdCLEtBQUssVUFBVSxLQUFLLE9BQU8sQ0FBQyxDQUFDO0FBQUEsRUFDNUQ7QUFFQSxRQUFNLGVBQWUsS0FBSyxRQUN2QjtBQUFBLElBQ0MsQ0FBQyxVQUNDLGFBQWEsZ0JBQWdCLEtBQUssQ0FBQztBQUFBLEVBQ3ZDLEVBQ0MsS0FBSyxFQUFFO0FBQ1YsU0FBTyxhQUFhLE1BQU0sS0FBSyxHQUFHLENBQUMsSUFBSSxZQUFZO0FBQUE7QUFDckQ7QUFFTyxTQUFTLG9CQUNkLElBQ0EsVUFBZ0MsQ0FBQyxHQUMzQjtBQUNOLEtBQUcsTUFBTSxNQUFNLE9BQU8sU0FBUyxrQkFBa0IsV0FBVztBQUFBLElBQzFELEtBQUssQ0FBQyxhQUFhLGFBQWEsY0FBYyxNQUFNO0FBQUEsRUFDdEQsQ0FBQztBQUNELEtBQUcsTUFBTSxNQUFNLE9BQU8sU0FBUyxtQkFBbUIsV0FBVztBQUFBLElBQzNELEtBQUssQ0FBQyxhQUFhLGFBQWEsY0FBYyxNQUFNO0FBQUEsRUFDdEQsQ0FBQztBQUNELEtBQUcsS0FBSyxNQUFNLE1BQU0sVUFBVSxvQkFBb0IsZUFBZTtBQUNqRSxLQUFHLEtBQUssTUFBTTtBQUFBLElBQUs7QUFBQSxJQUFtQixDQUFDLFVBQ3JDLGVBQWUsT0FBTyxRQUFRLGFBQWEsQ0FBQyxDQUFDO0FBQUEsRUFDL0M7QUFFQSxLQUFHLFNBQVMsTUFBTSxpQkFBaUIsQ0FBQyxRQUFRLFVBQzFDLGVBQWUsT0FBTyxLQUFLLEdBQUcsSUFBWTtBQUM1QyxLQUFHLFNBQVMsTUFBTSxrQkFBa0IsTUFBTTtBQUMxQyxLQUFHLFNBQVMsTUFBTSxpQkFBaUIsQ0FBQyxRQUFRLFVBQzFDLGVBQWUsT0FBTyxLQUFLLEdBQUcsTUFBMEIsSUFBSTtBQUFBO0FBQzlELEtBQUcsU0FBUyxNQUFNLGtCQUFrQixNQUFNO0FBQzFDLEtBQUcsU0FBUyxNQUFNLG9CQUFvQixDQUFDLFFBQVEsVUFDN0MsdUJBQXVCLE9BQU8sS0FBSyxHQUFHLE1BQStCLElBQUk7QUFBQTtBQUMzRSxLQUFHLFNBQVMsTUFBTSxxQkFBcUIsTUFBTTtBQUMvQzs7O0FObnBCcUssSUFBTSwyQ0FBMkM7QUFjL00sSUFBTSxZQUFZO0FBRXpCLElBQU0sY0FBYyxjQUFjLElBQUksSUFBSSxVQUFVLHdDQUFlLENBQUM7QUFHcEUsU0FBUyxtQkFBbUIsVUFBa0IsY0FBOEI7QUFDMUUsUUFBTSxPQUFPLFNBQVMsVUFBVSxHQUFHLFdBQVcsSUFBSSxZQUFZLEVBQUU7QUFDaEUsU0FBTyxLQUFLLE9BQU8sS0FBSyxVQUFVLElBQUksS0FBSztBQUM3QztBQUdPLFNBQVMsV0FBVyxVQUFrQixlQUFlLFdBQW1CO0FBQzdFLFFBQU0sTUFBZSxFQUFFLGFBQWE7QUFDcEMsTUFBSSxXQUFXLEVBQUUsTUFBTSxLQUFLLENBQUMsRUFDMUIsSUFBSSxtQkFBbUIsRUFDdkIsTUFBTSxtQkFBbUIsVUFBVSxZQUFZLEdBQUcsR0FBRztBQUN4RCxVQUFRLElBQUksU0FBUyxDQUFDLEdBQUcsS0FBSyxDQUFDLEdBQUcsTUFBTSxFQUFFLFNBQVMsRUFBRSxNQUFNO0FBQzdEO0FBR08sU0FBUyxZQUFvQjtBQUNsQyxTQUFPO0FBQUEsSUFDTEcsY0FBYSxHQUFHLFdBQVcsR0FBRyxXQUFXLElBQUksU0FBUyxJQUFJLE1BQU07QUFBQSxFQUNsRTtBQUNGOzs7QU90Qk8sSUFBTSxZQUF3QjtBQUFBLEVBQ25DO0FBQUE7QUFBQSxJQUVFLE1BQU07QUFBQSxJQUNOLElBQUk7QUFBQSxJQUNKLFNBQVM7QUFBQTtBQUFBO0FBQUEsTUFHUCxXQUFXO0FBQUEsTUFDWCxPQUFPO0FBQUEsTUFDUCxvQkFBb0I7QUFBQSxJQUN0QjtBQUFBLEVBQ0Y7QUFBQSxFQUNBLEVBQUUsTUFBTSw4QkFBOEIsSUFBSSxtQkFBbUI7QUFDL0Q7OztBQ3RCTyxTQUFTLFNBQVMsTUFBc0I7QUFDN0MsU0FBTyxJQUFJLEtBQUssUUFBUSxvQkFBb0IsSUFBSSxFQUFFLFFBQVEsU0FBUyxFQUFFLENBQUM7QUFDeEU7QUFHTyxTQUFTLFdBQVcsTUFBc0I7QUFDL0MsUUFBTUMsWUFBVyxLQUFLLFFBQVEsT0FBTyxFQUFFO0FBQ3ZDLE1BQUlBLGNBQWEsTUFBTUEsVUFBUyxTQUFTLEdBQUcsRUFBRyxRQUFPLEdBQUdBLFNBQVE7QUFDakUsU0FBTyxnQkFBZ0IsS0FBS0EsU0FBUSxJQUFJQSxZQUFXLEdBQUdBLFNBQVE7QUFDaEU7QUFHTyxTQUFTLGNBQWMsS0FHNUI7QUFDQSxRQUFNLE9BQU8sSUFBSSxRQUFRLEdBQUc7QUFDNUIsU0FBTyxTQUFTLEtBQ1osRUFBRSxNQUFNLElBQUksSUFDWixFQUFFLE1BQU0sSUFBSSxNQUFNLEdBQUcsSUFBSSxHQUFHLFVBQVUsSUFBSSxNQUFNLE9BQU8sQ0FBQyxFQUFFO0FBQ2hFO0FBR08sU0FBUyxZQUFZQyxVQUFpQixNQUFzQjtBQUNqRSxTQUFPLEdBQUdBLFNBQVEsUUFBUSxRQUFRLEVBQUUsQ0FBQyxHQUFHLElBQUk7QUFDOUM7QUFHTyxTQUFTLFNBQVMsTUFBYyxNQUFzQjtBQUMzRCxTQUFPLEdBQUcsS0FBSyxRQUFRLFFBQVEsRUFBRSxDQUFDLEdBQUcsSUFBSTtBQUMzQzs7O0FDOUJBLFNBQVMsZ0JBQUFDLHFCQUFvQjtBQUM3QixTQUFTLFFBQUFDLGFBQVk7OztBQ0pkLElBQU0sWUFBTixjQUF3QixNQUFNO0FBQUEsRUFDbkMsWUFBWSxTQUFpQjtBQUMzQixVQUFNLE9BQU87QUFDYixTQUFLLE9BQU87QUFBQSxFQUNkO0FBQ0Y7OztBQ0xBLFNBQVMsY0FBYztBQWtCdkIsSUFBTSxTQUFTLElBQUksT0FBTztBQUduQixTQUFTQyxZQUFXLFNBQXFDO0FBQzlELFNBQU8scURBQXFELEtBQUssT0FBTyxJQUFJLENBQUM7QUFDL0U7QUFFTyxTQUFTLGNBQWMsTUFBeUI7QUFDckQsUUFBTSxXQUFXLElBQUksT0FBTyxVQUFVLEVBQUUsZ0JBQWdCLE1BQU0sV0FBVztBQUN6RSxRQUFNLE9BQStCLENBQUM7QUFDdEMsTUFBSTtBQUNKLGFBQVdDLFlBQVcsU0FBUyxpQkFBaUIsTUFBTSxHQUFHO0FBQ3ZELFVBQU0sTUFBTUEsU0FBUSxhQUFhLE1BQU0sS0FBS0EsU0FBUSxhQUFhLFVBQVU7QUFDM0UsVUFBTSxVQUFVQSxTQUFRLGFBQWEsU0FBUyxLQUFLO0FBQ25ELFFBQUksT0FBTyxFQUFFLE9BQU8sTUFBTyxNQUFLLEdBQUcsSUFBSTtBQUN2QyxRQUFJQSxTQUFRLGFBQWEsWUFBWSxHQUFHLFlBQVksTUFBTTtBQUN4RCxnQkFBVUQsWUFBVyxPQUFPO0FBQUEsRUFDaEM7QUFDQSxRQUFNLG1CQUNKLFNBQVMsZ0JBQWdCLGFBQWEsY0FBYyxLQUFLO0FBQzNELFNBQU87QUFBQSxJQUNMLE1BQU0sU0FBUyxnQkFBZ0IsYUFBYSxNQUFNLEtBQUs7QUFBQSxJQUN2RCxPQUFPLFNBQVM7QUFBQSxJQUNoQjtBQUFBLElBQ0EsV0FDRSxTQUFTLGNBQWMsdUJBQXVCLEdBQUcsYUFBYSxNQUFNLEtBQ3BFO0FBQUEsSUFDRjtBQUFBLElBQ0EsU0FBUyxLQUFLLE1BQU0sZ0JBQWdCO0FBQUEsSUFDcEMsS0FBSyxJQUFJO0FBQUEsTUFDUCxDQUFDLEdBQUcsU0FBUyxpQkFBaUIsTUFBTSxDQUFDLEVBQUUsSUFBSSxDQUFDQyxhQUFZQSxTQUFRLEVBQUU7QUFBQSxJQUNwRTtBQUFBLElBQ0EsT0FBTyxDQUFDLEdBQUcsU0FBUyxpQkFBaUIsY0FBYyxDQUFDLEVBQUUsSUFBSSxDQUFDQSxjQUFhO0FBQUEsTUFDdEUsTUFBTUEsU0FBUSxhQUFhLE1BQU0sS0FBSztBQUFBLE1BQ3RDLE9BQU9BLFNBQVEsZUFBZSxJQUFJLEtBQUs7QUFBQSxJQUN6QyxFQUFFO0FBQUEsRUFDSjtBQUNGOzs7QUMvQ08sSUFBTSxrQkFBa0I7QUFheEIsU0FBUyxjQUFjLE1BQStCO0FBQzNELFNBQU8sR0FBRyxlQUFlLEdBQUcsSUFBSTtBQUNsQztBQUdPLFNBQVMsWUFDZCxNQUNBLGdCQUFnQixnQkFDUjtBQUNSLFNBQU8sR0FBRyxhQUFhLElBQUksS0FBSyxFQUFFO0FBQ3BDO0FBT08sU0FBUyxtQkFBbUIsTUFBb0I7QUFDckQsU0FBTyxjQUFjLEtBQUssRUFBRTtBQUM5QjtBQUVBLFNBQVMsU0FBU0MsT0FBaUIsTUFBc0I7QUFDdkQsUUFBTSxPQUNKQSxNQUFLLFNBQVMsV0FDVixlQUNBQSxNQUFLLFNBQVMsT0FDWixXQUNBLGNBQWMsSUFBSTtBQUMxQixTQUFPLGFBQWFBLE1BQUssS0FBSyxFQUFFLE1BQU0sSUFBSSxLQUFLQSxNQUFLLEtBQUssTUFBTTtBQUNqRTtBQVFPLFNBQVMsV0FBV0MsUUFBcUM7QUFDOUQsUUFBTSxTQUFTLG9CQUFJLElBQXVCO0FBQzFDLGFBQVcsUUFBUUEsUUFBTztBQUN4QixVQUFNLFNBQW9DO0FBQUEsTUFDeEMsQ0FBQyxPQUFPLEtBQUssTUFBTSxHQUFHLFFBQVE7QUFBQSxNQUM5QixDQUFDLEtBQUssSUFBSSxJQUFJO0FBQUEsTUFDZCxHQUFHLEtBQUssUUFBUSxJQUFJLENBQUMsVUFBbUMsQ0FBQyxPQUFPLE9BQU8sQ0FBQztBQUFBLElBQzFFO0FBQ0EsZUFBVyxDQUFDLE1BQU0sSUFBSSxLQUFLLFFBQVE7QUFDakMsWUFBTUQsUUFBa0IsRUFBRSxNQUFNLGNBQWMsSUFBSSxHQUFHLE1BQU0sS0FBSztBQUNoRSxZQUFNLFFBQVEsT0FBTyxJQUFJQSxNQUFLLElBQUk7QUFFbEMsVUFBSSxPQUFPLEtBQUssT0FBTyxLQUFLLEdBQUk7QUFDaEMsVUFBSSxPQUFPO0FBQ1QsY0FBTSxJQUFJO0FBQUEsVUFDUixrQkFBa0JBLE1BQUssSUFBSSx5QkFBeUIsU0FBUyxPQUFPLElBQUksQ0FBQyxXQUFXLFNBQVNBLE9BQU0sSUFBSSxDQUFDO0FBQUEsUUFDMUc7QUFBQSxNQUNGO0FBQ0EsYUFBTyxJQUFJQSxNQUFLLE1BQU1BLEtBQUk7QUFBQSxJQUM1QjtBQUFBLEVBQ0Y7QUFDQSxTQUFPLENBQUMsR0FBRyxPQUFPLE9BQU8sQ0FBQztBQUM1Qjs7O0FIN0RPLElBQU0sZUFBZTtBQU1yQixJQUFNLGdCQUFnQjtBQUd0QixTQUFTLGFBQWFFLGNBQXdDO0FBQ25FLFNBQU8sS0FBSztBQUFBLElBQ1ZDLGNBQWFDLE1BQUtGLGNBQWEsWUFBWSxHQUFHLE1BQU07QUFBQSxFQUN0RDtBQUNGO0FBR08sSUFBTSxpQkFBaUIsQ0FBQyxlQUFlLHFCQUFxQjtBQXVFbkUsSUFBTSxVQUFVO0FBRWhCLFNBQVMsT0FBTyxNQUF1QjtBQUNyQyxTQUFPLFdBQVcsSUFBSSxFQUFFLFNBQVMsT0FBTztBQUMxQztBQU9BLGVBQXNCLGlCQUNwQixLQUNBLE1BQ0EsT0FBTyxLQUNjO0FBQ3JCLFFBQU0sT0FBaUIsQ0FBQztBQUN4QixNQUFJLFVBQVU7QUFDZCxhQUFTO0FBQ1AsVUFBTSxFQUFFLE1BQU0sU0FBUyxJQUFJLGNBQWMsT0FBTztBQUNoRCxVQUFNLE9BQU8sTUFBTSxLQUFLLElBQUk7QUFDNUIsUUFBSSxTQUFTLFFBQVc7QUFDdEIsYUFBTztBQUFBLFFBQ0wsSUFBSTtBQUFBLFFBQ0osU0FBUyxLQUFLLFNBQ1YsR0FBRyxHQUFHLGlCQUFpQixPQUFPLDJCQUM5QixHQUFHLEdBQUc7QUFBQSxNQUNaO0FBQUEsSUFDRjtBQUNBLFFBQUksQ0FBQyxPQUFPLElBQUksR0FBRztBQUNqQixhQUFPLGFBQWEsU0FDaEIsRUFBRSxJQUFJLE1BQU0sS0FBSyxTQUFTLEtBQUssSUFDL0I7QUFBQSxRQUNFLElBQUk7QUFBQSxRQUNKLFNBQVMsR0FBRyxHQUFHO0FBQUEsTUFDakI7QUFBQSxJQUNOO0FBQ0EsVUFBTSxRQUFRLGNBQWMsSUFBSTtBQUNoQyxRQUFJLE1BQU0sWUFBWSxRQUFXO0FBQy9CLFVBQUksS0FBSyxVQUFVO0FBQ2pCLGVBQU87QUFBQSxVQUNMLElBQUk7QUFBQSxVQUNKLFNBQVMsR0FBRyxHQUFHLHdCQUF3QixPQUFPLFdBQVcsQ0FBQyxHQUFHLE1BQU0sT0FBTyxFQUFFLEtBQUssVUFBSyxDQUFDO0FBQUEsUUFDekY7QUFDRixXQUFLLEtBQUssT0FBTztBQUNqQixZQUFNLFNBQ0osYUFBYSxTQUFZLFNBQVksTUFBTSxRQUFRLFFBQVE7QUFDN0QsWUFBTSxTQUFTLElBQUk7QUFBQSxRQUNqQixVQUFVLE1BQU07QUFBQSxRQUNoQixjQUFjLFNBQVMsTUFBTSxJQUFJLENBQUM7QUFBQSxNQUNwQztBQUNBLFlBQU0sZUFDSixXQUFXLFVBQWEsT0FBTyxTQUFTLE1BQU0sYUFBYTtBQUU3RCxZQUFNLGFBQWEsT0FBTyxTQUFTLFdBQVcsSUFBSSxJQUM5QyxJQUFJLE9BQU8sU0FBUyxNQUFNLEtBQUssTUFBTSxDQUFDLEtBQ3RDLE9BQU87QUFDWCxnQkFBVSxHQUFHLFVBQVUsR0FBRyxlQUFlLElBQUksUUFBUSxLQUFLLE9BQU8sSUFBSTtBQUNyRTtBQUFBLElBQ0Y7QUFDQSxRQUFJLGFBQWEsVUFBYSxDQUFDLE1BQU0sSUFBSSxJQUFJLFFBQVEsR0FBRztBQUN0RCxhQUFPO0FBQUEsUUFDTCxJQUFJO0FBQUEsUUFDSixTQUFTLEdBQUcsR0FBRyxHQUFHLEtBQUssU0FBUyxTQUFTLENBQUMsR0FBRyxNQUFNLE9BQU8sRUFBRSxLQUFLLFVBQUssQ0FBQyxNQUFNLEVBQUUsY0FBYyxJQUFJLG9CQUFvQixRQUFRO0FBQUEsTUFDL0g7QUFBQSxJQUNGO0FBQ0EsV0FBTyxFQUFFLElBQUksTUFBTSxLQUFLLFNBQVMsS0FBSztBQUFBLEVBQ3hDO0FBQ0Y7QUFtQk8sU0FBUyxhQUFhLEtBQXFCO0FBQ2hELFFBQU0sRUFBRSxNQUFNLFNBQVMsSUFBSSxjQUFjLEdBQUc7QUFDNUMsTUFBSSxhQUFhO0FBQ2YsV0FBTyxRQUFRLFFBQVEsbUZBQW1GLFFBQVE7QUFDcEgsUUFBTSxZQUFZLGlCQUFpQixLQUFLLElBQUksSUFBSSxDQUFDO0FBQ2pELE1BQUksY0FBYztBQUNoQixXQUFPLFFBQVEsS0FBSyxTQUFTLElBQ3pCLDBCQUEwQixTQUFTLGtCQUFrQixTQUFTLGtEQUM5RCxRQUFRLFNBQVM7QUFDdkIsU0FBTyw0Q0FBNEMsSUFBSTtBQUN6RDtBQUdBLGVBQXNCLGdCQUNwQixVQUNBLE1BQ0EsT0FBTyxLQUNRO0FBQ2YsUUFBTSxVQUFVLE1BQU0sUUFBUTtBQUFBLElBQzVCLFNBQVMsS0FBSyxJQUFJLE9BQU8sU0FBUztBQUFBLE1BQ2hDO0FBQUEsTUFDQSxRQUFRLE1BQU0saUJBQWlCLEtBQUssTUFBTSxJQUFJO0FBQUEsSUFDaEQsRUFBRTtBQUFBLEVBQ0o7QUFDQSxRQUFNLFdBQVcsUUFBUTtBQUFBLElBQVEsQ0FBQyxFQUFFLEtBQUssT0FBTyxNQUM5QyxPQUFPLEtBQUssQ0FBQyxJQUFJLENBQUMsR0FBRyxPQUFPLE9BQU8sSUFBSSxhQUFhLEdBQUcsQ0FBQyxFQUFFO0FBQUEsRUFDNUQ7QUFDQSxNQUFJLFNBQVMsU0FBUyxHQUFHO0FBQ3ZCLFVBQU0sSUFBSTtBQUFBLE1BQ1IsR0FBRyxZQUFZLEtBQUssU0FBUyxXQUFXLElBQUksdUJBQXVCLEdBQUcsU0FBUyxNQUFNLHFCQUFxQiw2REFBNkQsYUFBYTtBQUFBLEVBQU8sU0FBUyxJQUFJLENBQUMsWUFBWSxPQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDblA7QUFBQSxFQUNGO0FBQ0Y7OztBSTVOQSxTQUFTLGNBQUFHLGFBQVksV0FBVyxnQkFBQUMsZUFBYyxpQkFBQUMsc0JBQXFCO0FBQ25FLFNBQVMsU0FBUyxRQUFBQyxhQUFZOzs7QUNOOUIsT0FBT0MsaUJBQWdCO0FBTWhCLElBQU0sdUJBQXVCO0FBSXBDLElBQU0sU0FBUyxJQUFJQyxZQUFXLEVBQUUsTUFBTSxLQUFLLENBQUMsRUFBRSxJQUFJLG1CQUFtQjtBQUVyRSxTQUFTLFVBQVVDLFdBQW9DO0FBQ3JELFNBQU9BLFVBQ0osSUFBSSxDQUFDLFVBQVU7QUFDZCxRQUFJLE1BQU0sU0FBUyxVQUFVLE1BQU0sU0FBUztBQUMxQyxhQUFPLE1BQU07QUFDZixRQUFJLE1BQU0sU0FBUyxlQUFlLE1BQU0sU0FBUyxZQUFhLFFBQU87QUFDckUsUUFBSSxNQUFNLFNBQVMsUUFBUyxRQUFPLFVBQVUsTUFBTSxZQUFZLENBQUMsQ0FBQztBQUNqRSxXQUFPO0FBQUEsRUFDVCxDQUFDLEVBQ0EsS0FBSyxFQUFFLEVBQ1AsUUFBUSxRQUFRLEdBQUcsRUFDbkIsS0FBSztBQUNWO0FBRU8sU0FBUyxRQUNkQyxPQUNBLFlBQVksc0JBQ0o7QUFDUixNQUFJQSxNQUFLLFVBQVUsVUFBVyxRQUFPQTtBQUNyQyxRQUFNLE1BQU1BLE1BQUssTUFBTSxHQUFHLFlBQVksQ0FBQztBQUN2QyxRQUFNLFlBQVksSUFBSSxZQUFZLEdBQUc7QUFDckMsU0FBTyxJQUFJLFlBQVksWUFBWSxJQUFJLElBQUksTUFBTSxHQUFHLFNBQVMsSUFBSSxLQUFLLFFBQVEsY0FBYyxFQUFFLENBQUM7QUFDakc7QUFtQk8sU0FBUyxlQUFlLFVBQXNDO0FBQ25FLFFBQU0sRUFBRSxLQUFLLElBQUksU0FBUyxVQUFVLFNBQVM7QUFDN0MsUUFBTSxTQUFTLE9BQU8sTUFBTSxNQUFNLENBQUMsQ0FBQztBQUNwQyxhQUFXLENBQUMsT0FBTyxLQUFLLEtBQUssT0FBTyxRQUFRLEdBQUc7QUFDN0MsUUFBSSxNQUFNLFNBQVMsaUJBQWtCO0FBQ3JDLFVBQU0sV0FBVyxPQUFPLFFBQVEsQ0FBQyxHQUFHLFdBQVcsSUFDNUMsTUFBTSxJQUFJLEVBQ1YsT0FBTyxDQUFDQyxVQUFTLENBQUNBLE1BQUssVUFBVSxFQUFFLFdBQVcsS0FBSyxDQUFDLEVBQ3BELEtBQUssSUFBSTtBQUNaLFVBQU1DLFFBQU8sVUFBVSxPQUFPLFlBQVksU0FBUyxDQUFDLENBQUMsRUFBRSxDQUFDLEdBQUcsWUFBWSxDQUFDLENBQUM7QUFDekUsUUFBSUEsVUFBUyxHQUFJLFFBQU8sUUFBUUEsS0FBSTtBQUFBLEVBQ3RDO0FBQ0EsU0FBTztBQUNUOzs7QUM3RE8sSUFBTSxpQkFBaUIsRUFBRSxPQUFPLE1BQU0sUUFBUSxJQUFJO0FBR2xELElBQU0sbUJBQW1CO0FBaUJ6QixTQUFTLFVBQVVDLFlBQThCO0FBQ3RELFNBQU8sR0FBR0EsV0FBVSxJQUFJO0FBQzFCO0FBRU8sU0FBUyxlQUFlQSxZQUFrQztBQUMvRCxRQUFNLFdBQVcsVUFBVUEsVUFBUztBQUNwQyxTQUFPO0FBQUEsSUFDTCxNQUFNLEdBQUcsZ0JBQWdCO0FBQUEsSUFDekIsT0FBTztBQUFBLElBQ1AsTUFBTUEsV0FBVTtBQUFBLElBQ2hCLEtBQUs7QUFBQSxJQUNMO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxTQUFTQyxXQUEwQjtBQUMxQyxTQUFPQSxVQUFTLFFBQVEsWUFBWSxFQUFFLEVBQUUsUUFBUSxPQUFPLEdBQUcsS0FBSztBQUNqRTtBQUVPLFNBQVMsZUFDZCxNQUNBRCxZQUNZO0FBQ1osUUFBTSxXQUFXLFVBQVVBLFVBQVM7QUFDcEMsU0FBTztBQUFBLElBQ0wsTUFBTSxHQUFHLGdCQUFnQixTQUFTLFNBQVMsS0FBSyxJQUFJLENBQUM7QUFBQSxJQUNyRCxPQUFPLEtBQUs7QUFBQSxJQUNaLEtBQUssR0FBRyxLQUFLLEtBQUssS0FBSyxRQUFRO0FBQUEsSUFDL0I7QUFBQSxFQUNGO0FBQ0Y7QUFNTyxTQUFTLGVBQ2QsTUFDQUEsWUFDQSxZQUNZO0FBQ1osUUFBTSxVQUFVLEdBQUcsVUFBVSxjQUFXLEtBQUssTUFBTTtBQUNuRCxTQUFPO0FBQUEsSUFDTCxNQUFNLEdBQUcsZ0JBQWdCLFNBQVMsS0FBSyxFQUFFO0FBQUEsSUFDekM7QUFBQSxJQUNBLE9BQU8sS0FBSztBQUFBLElBQ1osS0FBSyxHQUFHLE9BQU8sS0FBSyxLQUFLLEtBQUssS0FBSyxVQUFVQSxVQUFTLENBQUM7QUFBQSxJQUN2RCxVQUFVLFVBQVVBLFVBQVM7QUFBQSxFQUMvQjtBQUNGOzs7QUMvQ08sU0FBUyxZQUNkLE1BQ0FFLFVBQ3NCO0FBQ3RCLFNBQU87QUFBQSxJQUNMLEtBQUssWUFBWUEsVUFBUyxLQUFLLElBQUk7QUFBQSxJQUNuQyxLQUFLLEtBQUs7QUFBQSxJQUNWLEdBQUc7QUFBQSxFQUNMO0FBQ0Y7QUFHTyxTQUFTLFNBQ2QsTUFDQUMsWUFDWTtBQUNaLFNBQU8sS0FBSyxTQUFTLE1BQ2pCLGVBQWVBLFVBQVMsSUFDeEIsZUFBZSxNQUFNQSxVQUFTO0FBQ3BDO0FBRU8sU0FBUyxZQUFZLE9BQXNDO0FBQ2hFLFFBQU0sRUFBRSxXQUFBQSxZQUFXLFNBQUFELFNBQVEsSUFBSTtBQUMvQixRQUFNLE9BQU8sU0FBUyxNQUFNLElBQUk7QUFDaEMsUUFBTSxTQUFTLFNBQVM7QUFDeEIsUUFBTSxRQUFRLFVBQVUsQ0FBQyxNQUFNLFFBQVEsVUFBVUMsVUFBUyxJQUFJLE1BQU07QUFDcEUsUUFBTSxjQUNKLE1BQU0sYUFBYSxLQUFLLEtBQ3hCLGVBQWUsTUFBTSxTQUFTLENBQUMsS0FDL0JBLFdBQVU7QUFDWixRQUFNLE1BQU0sWUFBWUQsVUFBUyxJQUFJO0FBQ3JDLFNBQU87QUFBQSxJQUNMO0FBQUEsSUFDQTtBQUFBLElBQ0E7QUFBQSxJQUNBLFdBQVc7QUFBQSxJQUNYLFVBQVUsVUFBVUMsVUFBUztBQUFBLElBQzdCLE1BQU1BLFdBQVU7QUFBQSxJQUNoQixPQUFPLFlBQVksU0FBUyxFQUFFLE1BQU0sTUFBTSxHQUFHQSxVQUFTLEdBQUdELFFBQU87QUFBQSxFQUNsRTtBQUNGOzs7QUNyRE8sSUFBTSxjQUFjO0FBQUEsRUFDekIsa0JBQWtCO0FBQUEsRUFDbEIsYUFBYTtBQUFBLEVBQ2IsWUFBWTtBQUFBLEVBQ1osaUJBQWlCO0FBQ25CO0FBZU8sSUFBTSxrQkFBTixjQUE4QixNQUFNO0FBQUEsRUFDekMsWUFDRSxNQUNTLFVBQ1Q7QUFDQTtBQUFBLE1BQ0UsR0FBRyxJQUFJO0FBQUEsRUFBNEIsU0FBUyxJQUFJLENBQUMsWUFBWSxPQUFPLE9BQU8sRUFBRSxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFDM0Y7QUFKUztBQUtULFNBQUssT0FBTztBQUFBLEVBQ2Q7QUFDRjtBQUdPLFNBQVMsYUFBYUUsT0FBc0I7QUFDakQsU0FBT0EsTUFBSyxRQUFRLE1BQU0sT0FBTyxFQUFFLFFBQVEsTUFBTSxNQUFNLEVBQUUsUUFBUSxNQUFNLE1BQU07QUFDL0U7QUFHTyxTQUFTLFdBQVcsS0FBYUEsT0FBc0I7QUFDNUQsU0FBTyxJQUFJLEdBQUcsSUFBSSxhQUFhQSxLQUFJLENBQUM7QUFDdEM7QUFHTyxTQUFTLEtBQUtBLE9BQXNCO0FBQ3pDLFNBQU8sSUFBSSxhQUFhQSxLQUFJLENBQUM7QUFDL0I7QUFFTyxTQUFTLFlBQVlBLE9BQTJCO0FBQ3JELFNBQU8sRUFBRSxNQUFNLFVBQVUsTUFBTSxFQUFFLE1BQU0sY0FBYyxNQUFBQSxNQUFLLEVBQUU7QUFDOUQ7QUFFTyxTQUFTLGVBQTZCO0FBQzNDLFNBQU8sRUFBRSxNQUFNLFVBQVU7QUFDM0I7QUFFTyxTQUFTLGFBQWEsUUFBOEI7QUFDekQsU0FBTyxFQUFFLE1BQU0sV0FBVyxVQUFVLENBQUMsRUFBRSxNQUFNLFVBQVUsTUFBTSxPQUFPLENBQUMsRUFBRTtBQUN6RTtBQUVBLFNBQVMsYUFBYUEsT0FBNEI7QUFDaEQsU0FBTyxFQUFFLE1BQU0sV0FBVyxNQUFNLEVBQUUsTUFBTSxVQUFVLE1BQUFBLE1BQUssRUFBRTtBQUMzRDtBQUdPLFNBQVMsU0FBUyxNQUEyQjtBQUNsRCxTQUFPLENBQUMsS0FBSyxVQUFVLEtBQUssS0FBSyxPQUFPLElBQUksUUFBVyxHQUFHLEtBQUssS0FBSyxFQUNqRSxPQUFPLENBQUNDLFVBQXlCQSxVQUFTLE1BQVMsRUFDbkQsS0FBSyxJQUFJO0FBQ2Q7QUFPTyxTQUFTLGFBQWEsTUFBbUM7QUFDOUQsUUFBTSxXQUFxQixDQUFDO0FBQzVCLE1BQUksVUFBVSxLQUFLLFVBQVUsS0FBSyxLQUFLLE9BQU8sSUFBSTtBQUNsRCxhQUFXQSxTQUFRLEtBQUssT0FBTztBQUU3QixRQUFJLFlBQVksTUFBTUEsVUFBUyxHQUFJO0FBQ25DLFVBQU0sT0FBTyxZQUFZLEtBQUtBLFFBQU8sR0FBRyxPQUFPO0FBQUEsRUFBS0EsS0FBSTtBQUN4RCxRQUFJLEtBQUssU0FBUyxZQUFZLGVBQWUsWUFBWSxJQUFJO0FBQzNELGVBQVMsS0FBSyxPQUFPO0FBQ3JCLGdCQUFVQTtBQUFBLElBQ1osT0FBTztBQUNMLGdCQUFVO0FBQUEsSUFDWjtBQUFBLEVBQ0Y7QUFDQSxNQUFJLFlBQVksR0FBSSxVQUFTLEtBQUssT0FBTztBQUN6QyxTQUFPLFNBQVMsSUFBSSxZQUFZO0FBQ2xDO0FBTU8sU0FBUyxjQUNkLE9BQ0EsT0FDQSxRQUNjO0FBQ2QsU0FBTztBQUFBLElBQ0wsTUFBTSxDQUFDLEtBQUssS0FBSyxHQUFHLEdBQUcsTUFBTSxJQUFJLFFBQVEsR0FBRyxNQUFNLEVBQUUsS0FBSyxNQUFNO0FBQUEsSUFDL0QsUUFBUTtBQUFBLE1BQ04sWUFBWSxLQUFLO0FBQUEsTUFDakIsR0FBRyxNQUFNLFFBQVEsQ0FBQyxNQUFNLFVBQVU7QUFBQSxRQUNoQyxHQUFJLFFBQVEsSUFBSSxDQUFDLGFBQWEsQ0FBQyxJQUFJLENBQUM7QUFBQSxRQUNwQyxHQUFHLGFBQWEsSUFBSTtBQUFBLE1BQ3RCLENBQUM7QUFBQSxNQUNELGFBQWEsTUFBTTtBQUFBLElBQ3JCO0FBQUEsRUFDRjtBQUNGO0FBR0EsU0FBUyxVQUFVLE9BQXVDO0FBQ3hELFNBQU8sTUFBTSxTQUFTLGFBQWEsTUFBTSxTQUFTLFdBQzlDLE1BQU0sTUFBTSxPQUNaO0FBQ047QUFHTyxTQUFTLGlCQUFpQixRQUF5QztBQUN4RSxRQUFNLFdBQXFCLENBQUM7QUFDNUIsTUFBSSxPQUFPLFNBQVMsWUFBWTtBQUM5QixhQUFTO0FBQUEsTUFDUCxtQkFBbUIsT0FBTyxNQUFNLHlCQUF5QixZQUFZLGdCQUFnQjtBQUFBLElBQ3ZGO0FBQ0YsU0FBTyxRQUFRLENBQUMsT0FBTyxVQUFVO0FBQy9CLFVBQU0sUUFBUSxTQUFTLFFBQVEsQ0FBQyxLQUFLLE1BQU0sSUFBSTtBQUMvQyxVQUFNLFNBQVMsVUFBVSxLQUFLLEdBQUcsVUFBVTtBQUMzQyxVQUFNLFFBQ0osTUFBTSxTQUFTLFlBQ1gsWUFBWSxjQUNaLE1BQU0sU0FBUyxXQUNiLFlBQVksYUFDWjtBQUNSLFFBQUksVUFBVSxVQUFhLFNBQVM7QUFDbEMsZUFBUyxLQUFLLEdBQUcsS0FBSyxRQUFRLE1BQU0sNkJBQTZCLEtBQUssR0FBRztBQUMzRSxRQUNFLE1BQU0sU0FBUyxhQUNmLE1BQU0sU0FBUyxTQUFTLFlBQVk7QUFFcEMsZUFBUztBQUFBLFFBQ1AsR0FBRyxLQUFLLFFBQVEsTUFBTSxTQUFTLE1BQU0sMkJBQTJCLFlBQVksZUFBZTtBQUFBLE1BQzdGO0FBQUEsRUFDSixDQUFDO0FBQ0QsU0FBTztBQUNUO0FBTU8sU0FBUyxlQUNkLE1BQ0EsU0FDYztBQUNkLFFBQU0sV0FBVyxpQkFBaUIsUUFBUSxNQUFNO0FBQ2hELE1BQUksU0FBUyxTQUFTLEVBQUcsT0FBTSxJQUFJLGdCQUFnQixNQUFNLFFBQVE7QUFDakUsU0FBTztBQUNUOzs7QUN0Sk8sU0FBUyxlQUFlO0FBQUEsRUFDN0IsV0FBQUM7QUFBQSxFQUNBLE9BQUFDO0FBQUEsRUFDQSxTQUFBQztBQUNGLEdBQXdDO0FBQ3RDLFFBQU0sTUFBTSxDQUFDLFNBQWlCLFlBQVlBLFVBQVMsSUFBSTtBQUN2RCxRQUFNLEVBQUUsVUFBVSxJQUFJRjtBQUV0QixRQUFNLGNBQWM7QUFBQSxJQUNsQixVQUFVLHFCQUNOLHlGQUNBO0FBQUEsSUFDSixtQ0FBOEIsYUFBYSxVQUFVLGVBQWUsQ0FBQztBQUFBLElBQ3JFLFVBQVUsUUFDTiwwQ0FBcUMsVUFBVSxLQUFLLElBQUksYUFBYSxVQUFVLEtBQUssQ0FBQyxPQUNyRjtBQUFBLElBQ0osc0RBQXNELFdBQUssSUFBSSw0QkFBNEIsR0FBRyxzQ0FBc0MsQ0FBQztBQUFBLEVBQ3ZJLEVBQUUsT0FBTyxDQUFDRyxVQUF5QkEsVUFBUyxNQUFTO0FBRXJELFNBQU87QUFBQSxJQUNMLGtCQUFrQkgsV0FBVSxJQUFJO0FBQUEsSUFDaEM7QUFBQSxNQUNFO0FBQUEsUUFDRSxPQUFPO0FBQUEsVUFDTDtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsTUFDQTtBQUFBLFFBQ0UsU0FBUztBQUFBLFFBQ1QsT0FBTztBQUFBLFVBQ0wsR0FBR0MsT0FBTTtBQUFBLFlBQ1AsQ0FBQyxTQUNDLEdBQUcsS0FBSyxNQUFNLEtBQUssV0FBSyxJQUFJLG1CQUFtQixJQUFJLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxLQUFLLGFBQWEsS0FBSyxPQUFPLENBQUM7QUFBQSxVQUNyRztBQUFBLFVBQ0Esc0JBQXNCLFdBQUssSUFBSSxjQUFjLEdBQUcsYUFBYSxDQUFDO0FBQUEsUUFDaEU7QUFBQSxNQUNGO0FBQUEsTUFDQTtBQUFBLFFBQ0UsU0FBUztBQUFBLFFBQ1QsT0FBTztBQUFBLFVBQ0wsNkJBQTZCLFdBQUssSUFBSSxrQkFBa0IsR0FBRyxHQUFHRCxXQUFVLElBQUksNEJBQTRCLENBQUM7QUFBQSxRQUMzRztBQUFBLE1BQ0Y7QUFBQSxNQUNBLEVBQUUsU0FBUywyQkFBMkIsT0FBTyxZQUFZO0FBQUEsSUFDM0Q7QUFBQSxJQUNBLEdBQUcsV0FBSyxJQUFJLFlBQVksR0FBRyxpQkFBaUIsQ0FBQztBQUFBLEVBQy9DO0FBQ0Y7QUFHTyxTQUFTLHNCQUNkLE9BQ2dCO0FBQ2hCLFNBQU8sZUFBZSw2QkFBNkIsZUFBZSxLQUFLLENBQUM7QUFDMUU7QUFHTyxTQUFTLHNCQUFzQixTQUF1QztBQUMzRSxTQUFPLEVBQUUsTUFBTSxRQUFRLE1BQU0sUUFBUSxRQUFRLE9BQU87QUFDdEQ7OztBQ3pETyxTQUFTLGdCQUFnQixNQUFzQjtBQUNwRCxTQUFPLEtBQUssUUFBUSxLQUFLLEdBQUc7QUFDOUI7QUFHTyxTQUFTLGdCQUFnQixTQUFvQztBQUNsRSxRQUFNLE9BQU8sQ0FBQyxLQUEwQixNQUFjLFlBQ3BELENBQUMsUUFBUSxFQUFFLENBQUMsR0FBRyxHQUFHLE1BQU0sUUFBUSxDQUFDO0FBQ25DLFNBQU87QUFBQSxJQUNMLENBQUMsUUFBUSxFQUFFLEtBQUssYUFBYSxNQUFNLFFBQVEsVUFBVSxDQUFDO0FBQUEsSUFDdEQsS0FBSyxRQUFRLGVBQWUsUUFBUSxXQUFXO0FBQUEsSUFDL0MsS0FBSyxZQUFZLFdBQVcsU0FBUztBQUFBLElBQ3JDLEtBQUssWUFBWSxnQkFBZ0IsUUFBUSxRQUFRO0FBQUEsSUFDakQsS0FBSyxZQUFZLGFBQWEsZ0JBQWdCLFFBQVEsSUFBSSxDQUFDO0FBQUEsSUFDM0QsS0FBSyxZQUFZLFlBQVksUUFBUSxLQUFLO0FBQUEsSUFDMUMsS0FBSyxZQUFZLGtCQUFrQixRQUFRLFdBQVc7QUFBQSxJQUN0RCxLQUFLLFlBQVksVUFBVSxRQUFRLEdBQUc7QUFBQSxJQUN0QyxLQUFLLFlBQVksWUFBWSxRQUFRLE1BQU0sR0FBRztBQUFBLElBQzlDLEtBQUssWUFBWSxpQkFBaUIsV0FBVztBQUFBLElBQzdDLEtBQUssWUFBWSxrQkFBa0IsT0FBTyxRQUFRLE1BQU0sS0FBSyxDQUFDO0FBQUEsSUFDOUQsS0FBSyxZQUFZLG1CQUFtQixPQUFPLFFBQVEsTUFBTSxNQUFNLENBQUM7QUFBQSxJQUNoRSxLQUFLLFlBQVksZ0JBQWdCLFFBQVEsTUFBTSxHQUFHO0FBQUEsSUFDbEQsS0FBSyxRQUFRLGdCQUFnQixxQkFBcUI7QUFBQSxJQUNsRCxLQUFLLFFBQVEsaUJBQWlCLFFBQVEsS0FBSztBQUFBLElBQzNDLEtBQUssUUFBUSx1QkFBdUIsUUFBUSxXQUFXO0FBQUEsSUFDdkQsS0FBSyxRQUFRLGlCQUFpQixRQUFRLE1BQU0sR0FBRztBQUFBLElBQy9DLEtBQUssUUFBUSxxQkFBcUIsUUFBUSxNQUFNLEdBQUc7QUFBQSxFQUNyRDtBQUNGO0FBRU8sU0FBUyxXQUFXSSxPQUFzQjtBQUMvQyxTQUFPQSxNQUNKLFFBQVEsTUFBTSxPQUFPLEVBQ3JCLFFBQVEsTUFBTSxRQUFRLEVBQ3RCLFFBQVEsTUFBTSxPQUFPLEVBQ3JCLFFBQVEsTUFBTSxNQUFNLEVBQ3BCLFFBQVEsTUFBTSxNQUFNO0FBQ3pCO0FBR08sU0FBUyxlQUFlQyxPQUFxQztBQUNsRSxTQUFPQSxNQUNKLElBQUksQ0FBQyxDQUFDLEtBQUssS0FBSyxNQUFNO0FBQ3JCLFVBQU0sYUFBYSxPQUFPLFFBQVEsS0FBSyxFQUNwQyxJQUFJLENBQUMsQ0FBQyxNQUFNLEtBQUssTUFBTSxJQUFJLElBQUksS0FBSyxXQUFXLE9BQU8sS0FBSyxDQUFDLENBQUMsR0FBRyxFQUNoRSxLQUFLLEVBQUU7QUFDVixXQUFPLElBQUksR0FBRyxHQUFHLFVBQVU7QUFBQSxFQUM3QixDQUFDLEVBQ0EsS0FBSyxRQUFRO0FBQ2xCOzs7QUN6Q08sSUFBTSxtQkFBbUI7QUFBQSxFQUM5QjtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFDRixFQUFFLEtBQUssSUFBSTtBQUdYLElBQU0sa0JBQWtCO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQVd0QixLQUFLO0FBRUEsU0FBUyxtQkFBbUIsTUFBOEI7QUFDL0QsUUFBTSxFQUFFLFFBQVEsSUFBSTtBQUNwQixRQUFNLFVBQ0osS0FBSyxXQUFXLE9BQU8sS0FBSyxLQUFLLE9BQU8sRUFBRSxTQUFTLElBQy9DLGtCQUFrQixXQUFXLEtBQUssVUFBVSxLQUFLLE9BQU8sQ0FBQyxDQUFDLE1BQzFEO0FBQ04sU0FBTztBQUFBLGNBQ0ssV0FBVyxRQUFRLElBQUksQ0FBQyxtQkFBbUIsV0FBVyxLQUFLLElBQUksQ0FBQyxJQUFJLE9BQU87QUFBQTtBQUFBO0FBQUE7QUFBQSxhQUk1RSxXQUFXLFFBQVEsaUJBQWlCLFFBQVEsS0FBSyxDQUFDO0FBQUEsY0FDakQsZ0JBQWdCO0FBQUEsaURBQ21CLFdBQVcsS0FBSyxJQUFJLENBQUM7QUFBQSxNQUNoRSxlQUFlLGdCQUFnQixPQUFPLENBQUMsQ0FBQztBQUFBLGFBQ2pDLGVBQWU7QUFBQTtBQUFBO0FBQUE7QUFBQSxRQUlwQixLQUFLLFVBQVUsc0JBQXNCLFdBQVcsS0FBSyxPQUFPLENBQUM7QUFBQSxVQUFpQixFQUFFLE9BQU8sV0FBVyxLQUFLLE9BQU8sQ0FBQztBQUFBLFFBQy9HLEtBQUssT0FBTyxNQUFNLFdBQVcsS0FBSyxJQUFJLENBQUM7QUFBQSxVQUFpQixFQUFFLGVBQWUsV0FBVyxLQUFLLElBQUksQ0FBQyxLQUFLLFdBQVcsS0FBSyxRQUFRLENBQUM7QUFBQTtBQUFBO0FBQUE7QUFBQTtBQUtwSTs7O0FDOURPLElBQU0sa0JBQWtCO0FBRS9CLFNBQVMsS0FBSyxVQUFvQixTQUF3QjtBQUN4RCxRQUFNLElBQUk7QUFBQSxJQUNSLEdBQUcsZUFBZSx3QkFBd0IsU0FBUyxJQUFJLEtBQUssT0FBTztBQUFBLEVBQ3JFO0FBQ0Y7QUFHQSxJQUFNLGNBQ0o7QUFFRixTQUFTLFVBQVUsVUFBb0IsT0FBeUI7QUFDOUQsUUFBTSxDQUFDLE1BQU0sTUFBTSxJQUFJLFNBQVMsS0FBSyxNQUFNLEdBQUc7QUFDOUMsTUFBSSxNQUFNLFdBQVcsR0FBRyxLQUFLLFVBQVUsTUFBTSxNQUFNLFNBQVMsSUFBSSxHQUFHO0FBQ2pFO0FBQUEsTUFDRTtBQUFBLE1BQ0EscUJBQXFCLE1BQU0sdUZBQXVGLFdBQVc7QUFBQSxJQUMvSDtBQUFBLEVBQ0Y7QUFDQSxNQUFJLENBQUMsU0FBUyxLQUFLLFdBQVcsR0FBRyxLQUFLLFNBQVMsS0FBSyxTQUFTLElBQUksR0FBRztBQUNsRTtBQUFBLE1BQ0U7QUFBQSxNQUNBO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFDRjtBQUVBLFNBQVMsWUFBWSxVQUFvQixRQUFzQjtBQUM3RCxNQUFJLENBQUMsT0FBTyxXQUFXLEdBQUcsS0FBSyxRQUFRLEtBQUssTUFBTSxHQUFHO0FBQ25EO0FBQUEsTUFDRTtBQUFBLE1BQ0EsWUFBWSxNQUFNO0FBQUEsSUFDcEI7QUFBQSxFQUNGO0FBQ0Y7QUFhTyxTQUFTLGVBQ2RDLFlBQ0EsT0FDbUI7QUFDbkIsUUFBTSxXQUFXLG9CQUFJLElBQUksQ0FBQyxHQUFHLE1BQU0sT0FBTyxHQUFHLE1BQU0sU0FBUyxDQUFDO0FBQzdELFFBQU0sU0FBUyxvQkFBSSxJQUFzQjtBQUN6QyxhQUFXLFlBQVlBLFlBQVc7QUFDaEMsY0FBVSxVQUFVLEtBQUs7QUFDekIsUUFBSSxPQUFPLElBQUksU0FBUyxJQUFJO0FBQzFCLFdBQUssVUFBVSxrQ0FBa0M7QUFDbkQsUUFBSSxNQUFNLFVBQVUsU0FBUyxTQUFTLElBQUksR0FBRztBQUMzQztBQUFBLFFBQ0U7QUFBQSxRQUNBLHdCQUF3QixTQUFTLElBQUksd0dBQXdHLFdBQVc7QUFBQSxNQUMxSjtBQUFBLElBQ0Y7QUFDQSxRQUFJLFNBQVMsSUFBSSxTQUFTLElBQUksR0FBRztBQUMvQjtBQUFBLFFBQ0U7QUFBQSxRQUNBO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxXQUFPLElBQUksU0FBUyxNQUFNLFFBQVE7QUFBQSxFQUNwQztBQUVBLFFBQU0sVUFBNkIsQ0FBQztBQUNwQyxhQUFXLFlBQVlBLFlBQVc7QUFDaEMsVUFBTSxVQUFVLENBQUMsU0FBUyxJQUFJLEdBQUcsT0FBTyxPQUFPLFNBQVMsV0FBVyxDQUFDLENBQUMsQ0FBQztBQUN0RSxlQUFXLFVBQVUsU0FBUztBQUM1QixrQkFBWSxVQUFVLE1BQU07QUFFNUIsWUFBTSxRQUFRLENBQUMsU0FBUyxJQUFJO0FBQzVCLFVBQUksT0FBTyxjQUFjLE1BQU0sRUFBRTtBQUNqQyxlQUFTLE9BQU8sT0FBTyxJQUFJLElBQUksR0FBRyxNQUFNLE9BQU8sT0FBTyxJQUFJLElBQUksR0FBRztBQUMvRCxZQUFJLE1BQU0sU0FBUyxJQUFJLEdBQUc7QUFDeEI7QUFBQSxZQUNFO0FBQUEsWUFDQSxzQkFBc0IsQ0FBQyxHQUFHLE9BQU8sSUFBSSxFQUFFLEtBQUssVUFBSyxDQUFDO0FBQUEsVUFDcEQ7QUFBQSxRQUNGO0FBQ0EsY0FBTSxLQUFLLElBQUk7QUFDZixlQUFPLGNBQWMsS0FBSyxFQUFFLEVBQUU7QUFBQSxNQUNoQztBQUNBLFVBQUksQ0FBQyxTQUFTLElBQUksSUFBSSxHQUFHO0FBQ3ZCLGNBQU0sTUFDSixNQUFNLFNBQVMsSUFBSSxTQUFTLE1BQU0sTUFBTSxDQUFDLEVBQUUsS0FBSyxVQUFLLENBQUMsTUFBTTtBQUM5RDtBQUFBLFVBQ0U7QUFBQSxVQUNBLFlBQVksSUFBSSxJQUFJLEdBQUcsNkNBQTZDLE1BQU0sTUFBTSxLQUFLLElBQUksQ0FBQztBQUFBLFFBQzVGO0FBQUEsTUFDRjtBQUNBLFVBQUksV0FBVyxTQUFTLEdBQUksU0FBUSxLQUFLLEVBQUUsVUFBVSxXQUFXLEtBQUssQ0FBQztBQUFBLElBQ3hFO0FBQUEsRUFDRjtBQUNBLFNBQU87QUFDVDtBQUdPLFNBQVMsY0FBY0EsWUFBd0M7QUFDcEUsUUFBTSxTQUFTO0FBQUEsSUFDYixvQkFBb0IsZUFBZTtBQUFBLElBQ25DO0FBQUEsRUFDRjtBQUNBLFNBQU8sR0FBRyxDQUFDLEdBQUcsUUFBUSxHQUFHQSxXQUFVLElBQUksQ0FBQyxFQUFFLE1BQU0sR0FBRyxNQUFNLEdBQUcsSUFBSSxJQUFJLEVBQUUsTUFBTSxDQUFDLEVBQUUsS0FBSyxJQUFJLENBQUM7QUFBQTtBQUMzRjs7O0FDekhPLFNBQVMsVUFDZEMsUUFDQUMsVUFDNEI7QUFDNUIsU0FBTztBQUFBLElBQ0wsT0FBT0QsT0FBTSxJQUFJLENBQUMsVUFBVTtBQUFBLE1BQzFCLElBQUksS0FBSztBQUFBLE1BQ1QsUUFBUSxLQUFLO0FBQUEsTUFDYixPQUFPLEtBQUs7QUFBQSxNQUNaLFNBQVMsS0FBSztBQUFBLE1BQ2QsS0FBSyxZQUFZQyxVQUFTLFlBQVksSUFBSSxDQUFDO0FBQUEsTUFDM0MsVUFBVSxZQUFZQSxVQUFTLG1CQUFtQixJQUFJLENBQUM7QUFBQSxNQUN2RCxTQUFTLEtBQUs7QUFBQSxJQUNoQixFQUFFO0FBQUEsRUFDSjtBQUNGOzs7QVRpQk8sU0FBUyxjQUFjLFlBQWtDO0FBQzlELFNBQU8sV0FBVyxNQUFNO0FBQUEsSUFBSSxDQUFDLFNBQzNCLFNBQVMsV0FBVyxTQUFTLElBQUksSUFBSSxLQUFLLElBQUk7QUFBQSxFQUNoRDtBQUNGO0FBR08sU0FBUyxjQUNkQyxPQUNBLE9BR2dCO0FBQ2hCLFFBQU0sRUFBRSxLQUFLLElBQUlBO0FBQ2pCLFFBQU0sRUFBRSxXQUFBQyxZQUFXLFNBQUFDLFVBQVMsV0FBVyxJQUFJO0FBQzNDLFFBQU0sWUFBWSxRQUFRLEtBQUssTUFBTSxLQUFLLEtBQUssS0FBSztBQUNwRCxTQUFPO0FBQUEsSUFDTCxNQUFNLFNBQVMsTUFBTSxNQUFNLFlBQVksSUFBSSxDQUFDO0FBQUEsSUFDNUMsU0FBUztBQUFBLE1BQ1AsT0FBTztBQUFBLE1BQ1AsZUFBZSxHQUFHLFNBQVMsTUFBTSxVQUFVRCxVQUFTLENBQUM7QUFBQSxNQUNyRCxhQUFhLEtBQUs7QUFBQTtBQUFBO0FBQUEsTUFHbEIsS0FBSyxZQUFZQyxVQUFTLG1CQUFtQixJQUFJLENBQUM7QUFBQSxNQUNsRCxXQUFXLFlBQVlBLFVBQVMsWUFBWSxJQUFJLENBQUM7QUFBQSxNQUNqRCxVQUFVLFVBQVVELFVBQVM7QUFBQSxNQUM3QixNQUFNQSxXQUFVO0FBQUEsTUFDaEIsT0FBTyxZQUFZLGVBQWUsTUFBTUEsWUFBVyxVQUFVLEdBQUdDLFFBQU87QUFBQSxJQUN6RTtBQUFBLElBQ0EsU0FBUyxHQUFHLFVBQVUsY0FBVyxLQUFLLE1BQU07QUFBQSxJQUM1QyxTQUFTLEtBQUs7QUFBQSxJQUNkLE1BQU0sS0FBSztBQUFBLElBQ1gsVUFBVSxhQUFhLEtBQUssTUFBTSxXQUFXLFVBQVU7QUFBQSxFQUN6RDtBQUNGO0FBR08sU0FBUyxhQUNkLFVBQ0EsV0FDQSxPQUdnQjtBQUNoQixRQUFNLFNBQVMsTUFBTSxhQUFhLElBQUksU0FBUztBQUMvQyxNQUFJLENBQUMsUUFBUTtBQUNYLFVBQU0sSUFBSTtBQUFBLE1BQ1Isc0JBQXNCLFNBQVMsSUFBSSxjQUFjLFNBQVM7QUFBQSxJQUM1RDtBQUFBLEVBQ0Y7QUFDQSxRQUFNLFVBQVUsT0FBTztBQUFBLElBQ3JCLE9BQU8sUUFBUSxTQUFTLFdBQVcsQ0FBQyxDQUFDLEVBQUUsSUFBSSxDQUFDLENBQUMsUUFBUSxFQUFFLE1BQU07QUFBQSxNQUMzRDtBQUFBLE1BQ0EsU0FBUyxNQUFNLE1BQU0sRUFBRTtBQUFBLElBQ3pCLENBQUM7QUFBQSxFQUNIO0FBQ0EsU0FBTztBQUFBLElBQ0wsTUFBTSxTQUFTLE1BQU0sTUFBTSxTQUFTLEVBQUU7QUFBQSxJQUN0QztBQUFBLElBQ0EsU0FBUztBQUFBLE1BQ1AsR0FBRztBQUFBLE1BQ0gsZUFBZSxVQUFVLE9BQU8saUJBQWlCLE9BQU8sS0FBSztBQUFBLElBQy9EO0FBQUEsSUFDQSxTQUFTO0FBQUEsSUFDVCxNQUFNLEdBQUcsT0FBTyxLQUFLLGlCQUFpQixZQUFZLE1BQU0sU0FBUyxTQUFTLEVBQUUsQ0FBQztBQUFBLElBQzdFLFVBQVUsU0FBUyxPQUFPLEtBQUs7QUFBQSxFQUNqQztBQUNGO0FBRUEsU0FBUyxZQUFZLFFBQWdCLE1BQWMsU0FBdUI7QUFDeEUsUUFBTSxPQUFPQyxNQUFLLFFBQVEsV0FBVyxJQUFJLENBQUM7QUFDMUMsWUFBVSxRQUFRLElBQUksR0FBRyxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQzVDLEVBQUFDLGVBQWMsTUFBTSxPQUFPO0FBQzdCO0FBR08sU0FBUyxnQkFBZ0IsUUFBMEI7QUFDeEQsU0FBTyxPQUFPLFNBQVM7QUFDckIsVUFBTSxPQUFPRCxNQUFLLFFBQVEsV0FBVyxJQUFJLENBQUM7QUFDMUMsV0FBT0UsWUFBVyxJQUFJLElBQUlDLGNBQWEsTUFBTSxNQUFNLElBQUk7QUFBQSxFQUN6RDtBQUNGO0FBRUEsZUFBc0IsYUFBYSxPQUF5QztBQUMxRSxRQUFNLEVBQUUsWUFBWSxXQUFBTCxZQUFXLE9BQUFNLFFBQU8sU0FBQUwsU0FBUSxJQUFJO0FBQ2xELFFBQU0sRUFBRSxPQUFPLElBQUk7QUFDbkIsUUFBTSxPQUFPLFdBQVcsS0FBSztBQUM3QixRQUFNLFFBQVEsY0FBYyxVQUFVO0FBRXRDLFFBQU0sUUFBUSxXQUFXSyxNQUFLO0FBQzlCLGFBQVdQLFNBQVEsT0FBTztBQUN4QixRQUFJLE1BQU0sU0FBU0EsTUFBSyxJQUFJO0FBQzFCLFlBQU0sSUFBSTtBQUFBLFFBQ1Isa0JBQWtCQSxNQUFLLElBQUksaUJBQWlCQSxNQUFLLEtBQUssRUFBRSxNQUFNQSxNQUFLLEtBQUssTUFBTSxvQkFBb0JBLE1BQUssSUFBSTtBQUFBLE1BQzdHO0FBQUEsRUFDSjtBQUNBLFFBQU0sbUJBQW1CLGVBQWUsTUFBTSxXQUFXO0FBQUEsSUFDdkQ7QUFBQSxJQUNBLFdBQVcsTUFBTSxJQUFJLENBQUNBLFVBQVNBLE1BQUssSUFBSTtBQUFBLEVBQzFDLENBQUM7QUFFRCxRQUFNLFVBQVUsRUFBRSxHQUFHLE9BQU8sS0FBSztBQUNqQyxhQUFXQSxTQUFRO0FBQ2pCO0FBQUEsTUFDRTtBQUFBLE1BQ0FBLE1BQUs7QUFBQSxNQUNMLG1CQUFtQixjQUFjQSxPQUFNLE9BQU8sQ0FBQztBQUFBLElBQ2pEO0FBQ0YsYUFBVyxFQUFFLFVBQVUsVUFBVSxLQUFLLGtCQUFrQjtBQUN0RCxVQUFNLE9BQU8sYUFBYSxVQUFVLFdBQVcsT0FBTztBQUN0RCxnQkFBWSxRQUFRLFNBQVMsTUFBTSxtQkFBbUIsSUFBSSxDQUFDO0FBQUEsRUFDN0Q7QUFFQSxFQUFBSSxlQUFjRCxNQUFLLFFBQVEsWUFBWSxHQUFHLGNBQWMsTUFBTSxTQUFTLENBQUM7QUFDeEUsRUFBQUM7QUFBQSxJQUNFRCxNQUFLLFFBQVEsWUFBWTtBQUFBLElBQ3pCO0FBQUE7QUFBQTtBQUFBLFdBQXVDLFlBQVlELFVBQVMsY0FBYyxDQUFDO0FBQUE7QUFBQSxFQUM3RTtBQUNBO0FBQUEsSUFDRTtBQUFBLElBQ0E7QUFBQSxJQUNBLEdBQUcsS0FBSyxVQUFVLFVBQVVLLFFBQU9MLFFBQU8sR0FBRyxNQUFNLENBQUMsQ0FBQztBQUFBO0FBQUEsRUFDdkQ7QUFDQSxRQUFNLFVBQVUsc0JBQXNCLEVBQUUsV0FBQUQsWUFBVyxPQUFBTSxRQUFPLFNBQUFMLFNBQVEsQ0FBQztBQUNuRTtBQUFBLElBQ0U7QUFBQSxJQUNBO0FBQUEsSUFDQSxHQUFHLEtBQUssVUFBVSxzQkFBc0IsT0FBTyxHQUFHLE1BQU0sQ0FBQyxDQUFDO0FBQUE7QUFBQSxFQUM1RDtBQUVBLFFBQU0sZ0JBQWdCLE1BQU0sVUFBVSxnQkFBZ0IsTUFBTSxHQUFHLElBQUk7QUFDckU7OztBVXJMQSxTQUFTLFlBQUFNLGlCQUFnQjs7O0FDS3pCLFNBQVMsY0FBQUMsbUJBQWtCO0FBQzNCLFNBQVMsY0FBQUMsYUFBWSxhQUFBQyxZQUFXLGdCQUFBQyxlQUFjLGlCQUFBQyxzQkFBcUI7QUFDbkUsU0FBUyxXQUFBQyxVQUFTLFFBQUFDLGFBQVk7OztBQ0g5QixTQUFTLGdCQUFBQyxxQkFBb0I7QUFDN0IsU0FBUyxxQkFBcUI7QUFDOUIsU0FBUyxXQUFBQyxVQUFTLFFBQUFDLGFBQVk7QUFDOUIsU0FBUyxhQUFhO0FBQ3RCLE9BQU8sWUFBMkI7QUFaaUosSUFBTUMsNENBQTJDO0FBdUJwTyxJQUFNLFFBQVE7QUFDZCxJQUFNLE1BQU07QUFDWixJQUFNLFVBQVU7QUFHVCxJQUFNLDBCQUEwQjtBQUdoQyxTQUFTLGdCQUF3QjtBQUN0QyxRQUFNQyxXQUFVLGNBQWNELHlDQUFlO0FBQzdDLFFBQU0sU0FBU0U7QUFBQSxJQUNiQyxTQUFRRixTQUFRLFFBQVEsZ0NBQWdDLENBQUM7QUFBQSxJQUN6RDtBQUFBLEVBQ0Y7QUFDQSxTQUFRLENBQUMsU0FBUyxXQUFXLEVBQVk7QUFBQSxJQUFRLENBQUMsV0FDL0MsQ0FBQyxLQUFLLEdBQUcsRUFBWSxJQUFJLENBQUMsWUFBa0I7QUFBQSxNQUMzQyxNQUFNO0FBQUEsTUFDTixNQUFNRyxjQUFhRixNQUFLLFFBQVEsU0FBUyxNQUFNLElBQUksTUFBTSxjQUFjLENBQUM7QUFBQSxNQUN4RTtBQUFBLE1BQ0EsT0FBTztBQUFBLElBQ1QsRUFBRTtBQUFBLEVBQ0o7QUFDRjtBQUdPLFNBQVMsV0FBVyxLQUFxQjtBQUM5QyxTQUFPLDZCQUE2QixPQUFPLEtBQUssR0FBRyxFQUFFLFNBQVMsUUFBUSxDQUFDO0FBQ3pFO0FBZUEsU0FBUyxRQUNQLE1BQ0EsT0FDQUcsV0FDQSxhQUE4QyxDQUFDLEdBQ2xDO0FBQ2IsU0FBTyxFQUFFLE1BQU0sS0FBSyxNQUFNLE9BQU8sRUFBRSxHQUFHLFlBQVksT0FBTyxVQUFBQSxVQUFTLEVBQUU7QUFDdEU7QUFHTyxTQUFTLFVBQVUsT0FBdUI7QUFDL0MsU0FBTyxNQUFNLFNBQVMsS0FBSyxLQUFLLE1BQU0sU0FBUyxLQUFLLEtBQUs7QUFDM0Q7QUFHTyxTQUFTLGVBQWUsTUFBa0IsU0FBOEI7QUFFN0UsUUFBTSxRQUFRLENBQUMsV0FBMEI7QUFBQSxJQUN2QyxTQUFTO0FBQUEsSUFDVCxXQUFXO0FBQUEsSUFDWCxPQUFPO0FBQUEsRUFDVDtBQUNBLFFBQU0sT0FBTztBQUFBLElBQ1g7QUFBQSxJQUNBLEVBQUUsU0FBUyxRQUFRLGVBQWUsVUFBVSxPQUFPLE9BQU87QUFBQSxJQUMxRDtBQUFBLE1BQ0UsR0FBSSxLQUFLLFVBQ0w7QUFBQSxRQUNFO0FBQUEsVUFDRTtBQUFBLFVBQ0EsRUFBRSxVQUFVLElBQUksWUFBWSxLQUFLLE9BQU8sU0FBUyxHQUFHLE1BQU0sQ0FBQyxFQUFFO0FBQUEsVUFDN0QsS0FBSztBQUFBLFFBQ1A7QUFBQSxNQUNGLElBQ0EsQ0FBQztBQUFBLE1BQ0w7QUFBQSxRQUNFO0FBQUEsUUFDQTtBQUFBLFVBQ0UsV0FBVyxLQUFLLFVBQVUsS0FBSztBQUFBLFVBQy9CLFVBQVUsVUFBVSxLQUFLLEtBQUs7QUFBQSxVQUM5QixZQUFZO0FBQUEsVUFDWixZQUFZO0FBQUEsVUFDWixlQUFlO0FBQUEsVUFDZixHQUFHLE1BQU0sQ0FBQztBQUFBLFFBQ1o7QUFBQSxRQUNBLEtBQUs7QUFBQSxNQUNQO0FBQUEsTUFDQSxHQUFJLEtBQUssT0FDTDtBQUFBLFFBQ0U7QUFBQSxVQUNFO0FBQUEsVUFDQTtBQUFBLFlBQ0UsV0FBVztBQUFBLFlBQ1gsVUFBVTtBQUFBLFlBQ1YsWUFBWTtBQUFBLFlBQ1osT0FBTztBQUFBLFlBQ1AsR0FBRyxNQUFNLENBQUM7QUFBQSxVQUNaO0FBQUEsVUFDQSxLQUFLO0FBQUEsUUFDUDtBQUFBLE1BQ0YsSUFDQSxDQUFDO0FBQUEsSUFDUDtBQUFBLEVBQ0Y7QUFFQSxRQUFNLE9BQU87QUFBQSxJQUNYO0FBQUEsSUFDQTtBQUFBLE1BQ0UsU0FBUztBQUFBLE1BQ1QsU0FBUztBQUFBLE1BQ1QsY0FBYztBQUFBLE1BQ2QsaUJBQWlCO0FBQUEsSUFDbkI7QUFBQSxJQUNBLENBQUMsUUFBUSxPQUFPLENBQUMsR0FBRyxDQUFDLEdBQUcsRUFBRSxLQUFLLFNBQVMsT0FBTyxJQUFJLFFBQVEsR0FBRyxDQUFDLENBQUM7QUFBQSxFQUNsRTtBQUNBLFFBQU0sU0FBUztBQUFBLElBQ2I7QUFBQSxJQUNBLEVBQUUsU0FBUyxRQUFRLFlBQVksVUFBVSxLQUFLLElBQUksVUFBVSxHQUFHO0FBQUEsSUFDL0QsS0FBSyxhQUFhLEtBQUssUUFDbkIsQ0FBQyxJQUFJLElBQ0wsQ0FBQyxNQUFNLFFBQVEsT0FBTyxFQUFFLFlBQVksSUFBSSxHQUFHLEtBQUssUUFBUSxDQUFDO0FBQUEsRUFDL0Q7QUFDQSxTQUFPO0FBQUEsSUFDTDtBQUFBLElBQ0E7QUFBQSxNQUNFLFNBQVM7QUFBQSxNQUNULGVBQWU7QUFBQSxNQUNmLGdCQUFnQjtBQUFBO0FBQUEsTUFFaEIsV0FBVztBQUFBLE1BQ1gsT0FBTyxlQUFlO0FBQUEsTUFDdEIsUUFBUSxlQUFlO0FBQUEsTUFDdkIsU0FBUztBQUFBLE1BQ1QsaUJBQWlCO0FBQUEsTUFDakIsT0FBTztBQUFBLE1BQ1AsWUFBWTtBQUFBLElBQ2Q7QUFBQSxJQUNBLENBQUMsTUFBTSxNQUFNO0FBQUEsRUFDZjtBQUNGO0FBR0EsZUFBc0IsaUJBQ3BCLE1BQ0EsUUFDaUI7QUFDakIsUUFBTSxPQUFPLGVBQWUsTUFBTSxPQUFPLE9BQU87QUFDaEQsUUFBTSxNQUFNLE1BQU0sT0FBTyxNQUFzQztBQUFBLElBQzdELEdBQUc7QUFBQSxJQUNILE9BQU8sT0FBTztBQUFBLEVBQ2hCLENBQUM7QUFDRCxTQUFPLElBQUksTUFBTSxLQUFLO0FBQUEsSUFDcEIsT0FBTyxFQUFFLE1BQU0sU0FBUyxPQUFPLGVBQWUsTUFBTTtBQUFBLEVBQ3RELENBQUMsRUFDRSxPQUFPLEVBQ1AsTUFBTTtBQUNYOzs7QUQxSU8sU0FBUyxTQUFTLE1BQWMsU0FBeUI7QUFDOUQsTUFBSSxDQUFDQyxZQUFXLElBQUksR0FBRztBQUNyQixVQUFNLElBQUk7QUFBQSxNQUNSO0FBQUEsTUFDQTtBQUFBLE1BQ0Esc0JBQXNCLE9BQU87QUFBQSxJQUMvQjtBQUFBLEVBQ0Y7QUFDQSxRQUFNLE1BQU1DLGNBQWEsTUFBTSxNQUFNO0FBQ3JDLE1BQUksQ0FBQyxZQUFZLEtBQUssR0FBRyxHQUFHO0FBQzFCLFVBQU0sSUFBSTtBQUFBLE1BQ1I7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLElBQ0Y7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBR08sU0FBUyxlQUFlLE1BQWtCLFNBQXlCO0FBQ3hFLFFBQU0sRUFBRSxTQUFTLE9BQU8sTUFBQUMsT0FBTSxTQUFTLElBQUk7QUFDM0MsU0FBT0MsWUFBVyxRQUFRLEVBQ3ZCO0FBQUEsSUFDQyxLQUFLLFVBQVU7QUFBQSxNQUNiLFFBQVE7QUFBQSxNQUNSLE1BQU0sRUFBRSxTQUFTLE9BQU8sTUFBQUQsT0FBTSxTQUFTO0FBQUEsTUFDdkM7QUFBQSxJQUNGLENBQUM7QUFBQSxFQUNILEVBQ0MsT0FBTyxLQUFLLEVBQ1osTUFBTSxHQUFHLEVBQUU7QUFDaEI7QUFHQSxlQUFzQixpQkFDcEIsT0FDaUM7QUFDakMsUUFBTSxjQUFjRSxNQUFLLE1BQU0sVUFBVSxjQUFjO0FBQ3ZELEVBQUFDLFdBQVUsYUFBYSxFQUFFLFdBQVcsS0FBSyxDQUFDO0FBQzFDLE1BQUk7QUFDSixRQUFNLFNBQWlDLEVBQUUsT0FBTyxHQUFHLFFBQVEsRUFBRTtBQUM3RCxRQUFNLFNBQVMsSUFBSSxJQUFJLE1BQU0sTUFBTSxJQUFJLENBQUMsU0FBUyxDQUFDLEtBQUssTUFBTSxJQUFJLENBQUMsQ0FBQztBQUNuRSxhQUFXLFFBQVEsT0FBTyxPQUFPLEdBQUc7QUFDbEMsVUFBTSxTQUFTRDtBQUFBLE1BQ2I7QUFBQSxNQUNBLEdBQUcsZUFBZSxNQUFNLE1BQU0sT0FBTyxDQUFDO0FBQUEsSUFDeEM7QUFDQSxRQUFJSixZQUFXLE1BQU0sR0FBRztBQUN0QixhQUFPO0FBQUEsSUFDVCxPQUFPO0FBRUwsaUJBQVc7QUFBQSxRQUNULE9BQU8sY0FBYztBQUFBLFFBQ3JCLFNBQVMsV0FBVyxNQUFNLE9BQU87QUFBQSxNQUNuQztBQUNBLE1BQUFNLGVBQWMsUUFBUSxNQUFNLGlCQUFpQixNQUFNLE1BQU0sQ0FBQztBQUMxRCxhQUFPO0FBQUEsSUFDVDtBQUNBLFVBQU0sT0FBT0YsTUFBSyxNQUFNLFFBQVEsS0FBSyxJQUFJO0FBQ3pDLElBQUFDLFdBQVVFLFNBQVEsSUFBSSxHQUFHLEVBQUUsV0FBVyxLQUFLLENBQUM7QUFDNUMsSUFBQUQsZUFBYyxNQUFNTCxjQUFhLE1BQU0sQ0FBQztBQUFBLEVBQzFDO0FBQ0EsU0FBTztBQUNUOzs7QURwRk8sU0FBUyxnQkFBZ0IsT0FBcUM7QUFDbkUsUUFBTSxFQUFFLFdBQUFPLFdBQVUsSUFBSTtBQUN0QixTQUFPO0FBQUEsSUFDTCxlQUFlQSxVQUFTO0FBQUEsSUFDeEIsR0FBRyxDQUFDLEdBQUcsTUFBTSxLQUFLLEVBQUU7QUFBQSxNQUFJLENBQUMsQ0FBQyxNQUFNLEVBQUUsTUFBTSxDQUFDLE1BQ3ZDLFNBQVMsRUFBRSxNQUFNLE1BQU0sR0FBR0EsVUFBUztBQUFBLElBQ3JDO0FBQUEsSUFDQSxHQUFHLE1BQU0sTUFBTTtBQUFBLE1BQUksQ0FBQyxTQUNsQixlQUFlLE1BQU1BLFlBQVcsTUFBTSxVQUFVO0FBQUEsSUFDbEQ7QUFBQSxFQUNGO0FBQ0Y7QUFFQSxlQUFzQixpQkFDcEIsT0FDZTtBQUNmLFFBQU0sVUFBVSxZQUFZLElBQUk7QUFDaEMsUUFBTSxFQUFFLE9BQU8sT0FBTyxJQUFJLE1BQU0saUJBQWlCO0FBQUEsSUFDL0MsT0FBTyxnQkFBZ0IsS0FBSztBQUFBLElBQzVCLFFBQVEsTUFBTSxXQUFXO0FBQUEsSUFDekIsVUFBVSxNQUFNLFdBQVc7QUFBQSxJQUMzQixTQUFTO0FBQUEsTUFDUCxNQUFNO0FBQUEsTUFDTkMsVUFBUyxNQUFNLFdBQVcsTUFBTSxNQUFNLFFBQVE7QUFBQSxJQUNoRDtBQUFBLEVBQ0YsQ0FBQztBQUNELFFBQU0sWUFBWSxZQUFZLElBQUksSUFBSSxXQUFXLEtBQU0sUUFBUSxDQUFDO0FBQ2hFLFFBQU0sV0FBVyxPQUFPO0FBQUEsSUFDdEIsaUJBQWlCLEtBQUssV0FBVyxNQUFNLHVCQUF1QixPQUFPO0FBQUEsRUFDdkU7QUFDRjs7O0FHN0NBLFNBQVMsY0FBQUMsYUFBWSxnQkFBZ0I7QUFDckMsU0FBUyxRQUFBQyxhQUFZOzs7QUMwQnJCLFNBQVMsV0FBVyxNQUF1QjtBQUN6QyxTQUFPLHNCQUFzQixLQUFLLElBQUksS0FBSyxLQUFLLFdBQVcsSUFBSTtBQUNqRTtBQUdBLFNBQVMsWUFBWSxNQUFjLE1BQXNCO0FBQ3ZELFFBQU0sUUFBUSxLQUFLLFdBQVcsR0FBRyxJQUFJLENBQUMsSUFBSSxLQUFLLE1BQU0sR0FBRyxFQUFFLE1BQU0sR0FBRyxFQUFFO0FBQ3JFLGFBQVcsUUFBUSxLQUFLLE1BQU0sR0FBRyxHQUFHO0FBQ2xDLFFBQUksU0FBUyxLQUFNLE9BQU0sSUFBSTtBQUFBLGFBQ3BCLFNBQVMsT0FBTyxTQUFTLEdBQUksT0FBTSxLQUFLLElBQUk7QUFBQSxFQUN2RDtBQUNBLFFBQU0sU0FBUyxNQUFNLEtBQUssR0FBRztBQUM3QixTQUFPLFdBQVcsTUFBTSxLQUFLLFNBQVMsR0FBRyxJQUFJLEdBQUcsTUFBTSxNQUFNO0FBQzlEO0FBR0EsU0FBUyxlQUFlLE1BQXdCO0FBQzlDLE1BQUksU0FBUyxNQUFNLEtBQUssU0FBUyxHQUFHLEVBQUcsUUFBTyxDQUFDLEdBQUcsSUFBSSxVQUFVO0FBQ2hFLE1BQUksS0FBSyxTQUFTLEtBQUssRUFBRyxRQUFPLENBQUMsSUFBSTtBQUN0QyxNQUFJLEtBQUssU0FBUyxPQUFPLEVBQUcsUUFBTyxDQUFDLEtBQUssUUFBUSxXQUFXLEtBQUssQ0FBQztBQUNsRSxTQUFPLENBQUMsR0FBRyxJQUFJLE9BQU8sR0FBRyxJQUFJLFdBQVc7QUFDMUM7QUFHTyxTQUFTLFFBQ2QsUUFDQSxTQUNvQjtBQUNwQixNQUFJO0FBQ0osYUFBVyxVQUFVLFNBQVM7QUFDNUIsVUFBTSxXQUFXLGFBQWEsUUFBUSxNQUFNO0FBQzVDLFFBQUksQ0FBQyxRQUFRLFdBQVcsS0FBSyxTQUFVLFFBQU8sRUFBRSxRQUFRLFNBQVM7QUFBQSxFQUNuRTtBQUNBLFNBQU8sUUFBUSxLQUFLLFlBQVksS0FBSyxJQUFJLEdBQUcsT0FBTyxTQUFTLENBQUMsSUFDekQsS0FBSyxTQUNMO0FBQ047QUFHQSxTQUFTLGFBQWEsR0FBVyxHQUFtQjtBQUNsRCxNQUFJLFdBQVcsTUFBTSxLQUFLLEVBQUUsUUFBUSxFQUFFLFNBQVMsRUFBRSxHQUFHLENBQUMsR0FBRyxVQUFVLEtBQUs7QUFDdkUsYUFBVyxDQUFDLEdBQUcsTUFBTSxLQUFLLENBQUMsR0FBRyxDQUFDLEVBQUUsUUFBUSxHQUFHO0FBQzFDLFVBQU0sVUFBVSxDQUFDLElBQUksQ0FBQztBQUN0QixlQUFXLENBQUMsR0FBRyxLQUFLLEtBQUssQ0FBQyxHQUFHLENBQUMsRUFBRSxRQUFRLEdBQUc7QUFDekMsY0FBUTtBQUFBLFFBQ04sS0FBSztBQUFBLFdBQ0YsU0FBUyxJQUFJLENBQUMsS0FBSyxLQUFLO0FBQUEsV0FDeEIsUUFBUSxDQUFDLEtBQUssS0FBSztBQUFBLFdBQ25CLFNBQVMsQ0FBQyxLQUFLLE1BQU0sV0FBVyxRQUFRLElBQUk7QUFBQSxRQUMvQztBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsZUFBVztBQUFBLEVBQ2I7QUFDQSxTQUFPLFNBQVMsRUFBRSxNQUFNLEtBQUs7QUFDL0I7QUFHTyxTQUFTLFlBQ2QsTUFDQUMsT0FDQSxTQUMwQjtBQUMxQixRQUFNLEVBQUUsTUFBTSxTQUFTLElBQUlBO0FBQzNCLE1BQUksV0FBVyxJQUFJLEVBQUcsUUFBTztBQUM3QixRQUFNLE9BQU8sS0FBSyxRQUFRLEdBQUc7QUFDN0IsUUFBTSxVQUFVLFNBQVMsS0FBSyxPQUFPLEtBQUssTUFBTSxHQUFHLElBQUk7QUFDdkQsUUFBTSxXQUFXLFNBQVMsS0FBSyxTQUFZLEtBQUssTUFBTSxPQUFPLENBQUM7QUFDOUQsUUFBTSxPQUFPLFVBQVUsUUFBUSxRQUFRLFNBQVMsRUFBRSxDQUFDO0FBRW5ELE1BQUksU0FBUztBQUNiLE1BQUksU0FBUyxJQUFJO0FBQ2YsVUFBTSxXQUFXLFlBQVksTUFBTSxJQUFJO0FBQ3ZDLFFBQUksUUFBUSxTQUFTLElBQUksUUFBUSxFQUFFLEVBQUcsUUFBTztBQUM3QyxVQUFNLFlBQVksaUJBQWlCLEtBQUssUUFBUSxJQUFJLENBQUMsR0FBRyxZQUFZO0FBQ3BFLFFBQUksYUFBYSxjQUFjLFFBQVEsY0FBYyxRQUFRO0FBQzNELGFBQU8sSUFBSTtBQUFBLFFBQ1Q7QUFBQSxRQUNBLGFBQWEsSUFBSSw2Q0FBNkMsUUFBUTtBQUFBLFFBQ3RFO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFFBQVEsZUFBZSxRQUFRLEVBQUU7QUFBQSxNQUFLLENBQUMsY0FDM0MsUUFBUSxNQUFNLElBQUksU0FBUztBQUFBLElBQzdCO0FBQ0EsUUFBSSxDQUFDLE9BQU87QUFDVixZQUFNQyxTQUFRLFFBQVEsU0FBUyxRQUFRLGdCQUFnQixFQUFFLElBQUksT0FBTztBQUFBLFFBQ2xFLEdBQUcsUUFBUSxNQUFNLEtBQUs7QUFBQSxNQUN4QixDQUFDO0FBQ0QsYUFBTyxJQUFJO0FBQUEsUUFDVDtBQUFBLFFBQ0EsYUFBYSxJQUFJO0FBQUEsUUFDakJBLFNBQ0ksZ0JBQWdCLEtBQUssV0FBVyxHQUFHLElBQUksTUFBTSxJQUFJLEdBQUdBLE1BQUssMkNBQ3pELHdDQUF3QyxDQUFDLEdBQUcsUUFBUSxNQUFNLEtBQUssQ0FBQyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsTUFDbEY7QUFBQSxJQUNGO0FBQ0EsYUFBUztBQUFBLEVBQ1g7QUFDQSxNQUFJLGFBQWEsVUFBYSxhQUFhLEdBQUksUUFBTztBQUN0RCxRQUFNLE1BQU0sUUFBUSxNQUFNLElBQUksTUFBTSxHQUFHLE9BQU8sb0JBQUksSUFBWTtBQUM5RCxRQUFNLEtBQUssbUJBQW1CLFFBQVE7QUFDdEMsTUFBSSxJQUFJLElBQUksRUFBRSxFQUFHLFFBQU87QUFDeEIsUUFBTSxRQUFRLFFBQVEsSUFBSSxHQUFHO0FBQzdCLFNBQU8sSUFBSTtBQUFBLElBQ1Q7QUFBQSxJQUNBLGFBQWEsSUFBSSxtQ0FBbUMsRUFBRSxhQUFhLE1BQU07QUFBQSxJQUN6RSxRQUNJLGlCQUFpQixLQUFLLE1BQ3RCO0FBQUEsRUFDTjtBQUNGO0FBR08sU0FBUyxhQUFhLFNBQXNDO0FBQ2pFLFNBQU8sQ0FBQyxHQUFHLFFBQVEsS0FBSyxFQUFFO0FBQUEsSUFBUSxDQUFDLENBQUMsTUFBTSxJQUFJLE1BQzVDLEtBQUssTUFBTSxRQUFRLENBQUNELFVBQVMsWUFBWSxNQUFNQSxPQUFNLE9BQU8sS0FBSyxDQUFDLENBQUM7QUFBQSxFQUNyRTtBQUNGOzs7QUQvSEEsSUFBTSxZQUFZO0FBZ0JYLFNBQVMsdUJBQ2QsU0FDa0I7QUFDbEIsUUFBTSxFQUFFLFVBQVUsSUFBSTtBQUN0QixRQUFNLFFBQVEsb0JBQUksSUFBdUI7QUFFekMsV0FBUyxlQUFlLElBQXNCO0FBQzVDLE9BQUcsS0FBSyxNQUFNLEtBQUssaUJBQWlCLENBQUMsVUFBVTtBQUM3QyxZQUFNLE1BQU0sTUFBTTtBQUNsQixZQUFNLFFBQVMsSUFBSSxrQkFBa0IsQ0FBQztBQUN0QyxpQkFBVyxTQUFTLE1BQU0sUUFBUTtBQUNoQyxtQkFBVyxTQUFTLE1BQU0sWUFBWSxDQUFDLEdBQUc7QUFDeEMsZ0JBQU0sT0FBTyxNQUFNLFNBQVMsZUFBZSxNQUFNLFFBQVEsTUFBTTtBQUMvRCxjQUFJO0FBQ0Ysa0JBQU0sS0FBSyxFQUFFLE1BQU0sVUFBVSxlQUFlLEtBQUssTUFBTSxHQUFHLEVBQUUsQ0FBQztBQUFBLFFBQ2pFO0FBQUEsTUFDRjtBQUFBLElBQ0YsQ0FBQztBQUNELFVBQU0sU0FBUyxHQUFHLE9BQU8sS0FBSyxFQUFFO0FBQ2hDLE9BQUcsU0FBUyxDQUFDLEtBQUssTUFBZSxDQUFDLE1BQU07QUFDdEMsWUFBTSxPQUFPLE9BQU8sS0FBSyxHQUFHO0FBQzVCLFVBQUksSUFBSSxjQUFjO0FBQ3BCLGNBQU0sSUFBSSxJQUFJLGNBQWM7QUFBQSxVQUMxQixPQUFPLElBQUksaUJBQWlCLENBQUM7QUFBQSxVQUM3QixLQUFLLElBQUk7QUFBQSxZQUNQLENBQUMsR0FBRyxLQUFLLFNBQVMsU0FBUyxDQUFDLEVBQUUsSUFBSSxDQUFDLFVBQVUsTUFBTSxDQUFDLEtBQUssRUFBRTtBQUFBLFVBQzdEO0FBQUEsUUFDRixDQUFDO0FBQUEsTUFDSDtBQUNBLFVBQUksZ0JBQWdCLENBQUM7QUFDckIsYUFBTztBQUFBLElBQ1Q7QUFBQSxFQUNGO0FBRUEsTUFBSTtBQUNKLFFBQU0sYUFBcUI7QUFBQSxJQUN6QixNQUFNO0FBQUEsSUFDTixlQUFlLFFBQVE7QUFDckIsYUFBUSxPQUFpRDtBQUFBLElBQzNEO0FBQUEsSUFDQSxTQUFTLE9BQU87QUFFZCxVQUFJLFNBQVMsQ0FBQyxLQUFNO0FBQ3BCLFlBQU0sUUFBUSxJQUFJLElBQUksS0FBSyxNQUFNLElBQUksQ0FBQyxTQUFTLENBQUMsTUFBTSxNQUFNLElBQUksSUFBSSxDQUFDLENBQUMsQ0FBQztBQUN2RSxZQUFNLFVBQVUsSUFBSTtBQUFBLFFBQ2xCLENBQUMsR0FBRyxLQUFLLEVBQUUsSUFBSSxDQUFDLENBQUMsTUFBTSxLQUFLLE1BQU07QUFBQSxVQUNoQztBQUFBLFVBQ0EsU0FBUyxFQUFFLE9BQU8sQ0FBQyxHQUFHLEtBQUssb0JBQUksSUFBWSxFQUFFO0FBQUEsUUFDL0MsQ0FBQztBQUFBLE1BQ0g7QUFDQSxZQUFNLFlBQVksSUFBSSxJQUFJLFFBQVEsVUFBVSxDQUFDO0FBQzdDO0FBQUEsUUFDRSxhQUFhO0FBQUEsVUFDWCxPQUFPO0FBQUEsVUFDUCxVQUFVLENBQUMsU0FBUztBQUNsQixnQkFBSSxVQUFVLElBQUksSUFBSSxFQUFHLFFBQU87QUFDaEMsa0JBQU0sT0FBT0UsTUFBSyxXQUFXLElBQUk7QUFDakMsbUJBQU9DLFlBQVcsSUFBSSxLQUFLLFNBQVMsSUFBSSxFQUFFLE9BQU87QUFBQSxVQUNuRDtBQUFBLFFBQ0YsQ0FBQztBQUFBLE1BQ0g7QUFBQSxJQUNGO0FBQUEsRUFDRjtBQUNBLFNBQU8sRUFBRSxnQkFBZ0IsV0FBVztBQUN0Qzs7O0FFOUZBLElBQU0sYUFBYTtBQUVaLFNBQVMsb0JBQW9CLElBQXNCO0FBQ3hELFFBQU0sUUFBUSxHQUFHLFNBQVMsTUFBTTtBQUNoQyxNQUFJLENBQUMsTUFBTztBQUNaLEtBQUcsU0FBUyxNQUFNLFFBQVEsSUFBSSxTQUM1QixNQUFNLEdBQUcsSUFBSSxFQUFFO0FBQUEsSUFDYjtBQUFBLElBQ0E7QUFBQSxFQUNGO0FBQ0o7OztBQ0ZPLFNBQVMsa0JBQ2QsV0FDQSxNQUNvQjtBQUNwQixNQUFJLENBQUMsYUFBYSxDQUFDLE9BQU8sU0FBUyxTQUFTLEVBQUcsUUFBTztBQUN0RCxTQUFPLElBQUksS0FBSyxlQUFlLE1BQU07QUFBQSxJQUNuQyxXQUFXO0FBQUEsSUFDWCxVQUFVO0FBQUEsRUFDWixDQUFDLEVBQUUsT0FBTyxJQUFJLEtBQUssU0FBUyxDQUFDO0FBQy9COzs7QUNNTyxJQUFNLG1CQUNYO0FBU0YsSUFBTSxzQkFDSjtBQUNGLElBQU0sdUJBQ0o7QUFFRixJQUFNLHdCQUF3QjtBQUU5QixJQUFNQyxtQkFBa0IsQ0FBQyxVQUN2QixNQUFNLFFBQVEsTUFBTSxPQUFPLEVBQUUsUUFBUSxNQUFNLFFBQVE7QUFPOUMsU0FBUyxzQkFBc0IsTUFBYyxNQUFzQjtBQUd4RSxNQUFJLHNCQUFzQixLQUFLLElBQUksRUFBRyxRQUFPO0FBQzdDLFFBQU0sT0FBTyxDQUFDLEdBQUcsS0FBSyxTQUFTLG1CQUFtQixDQUFDLEVBQUU7QUFBQSxJQUNuRCxDQUFDLFVBQVUsTUFBTSxDQUFDLEtBQUs7QUFBQSxFQUN6QjtBQUNBLFFBQU0sQ0FBQyxHQUFHLElBQUk7QUFDZCxNQUFJLFFBQVEsVUFBYSxLQUFLLFdBQVcsR0FBRztBQUMxQyxVQUFNLElBQUk7QUFBQSxNQUNSLEdBQUcsSUFBSSw0RUFBdUUsS0FBSyxNQUFNO0FBQUEsSUFFM0Y7QUFBQSxFQUNGO0FBQ0EsUUFBTSxXQUFXLENBQUMsR0FBRyxLQUFLLFNBQVMsb0JBQW9CLENBQUMsRUFBRTtBQUFBLElBQ3hELENBQUMsVUFBVSxNQUFNLENBQUMsS0FBSztBQUFBLEVBQ3pCO0FBQ0EsUUFBTSxTQUNKLDJDQUEyQ0EsaUJBQWdCLEdBQUcsQ0FBQyxtQkFDOUNBLGlCQUFnQixTQUFTLEtBQUssR0FBRyxDQUFDLENBQUMsS0FBSyxnQkFBZ0I7QUFBQTtBQUMzRSxTQUFPLEtBQ0osUUFBUSxzQkFBc0IsRUFBRSxFQUNoQyxRQUFRLHFCQUFxQixNQUFNLE1BQU07QUFDOUM7OztBQ2pFQSxJQUFNLGFBQWE7QUFDbkIsSUFBTSxlQUFlO0FBQ3JCLElBQU0sc0JBQXNCO0FBRzVCLFNBQVMsWUFDUCxZQUNBLFFBQ29CO0FBQ3BCLE1BQUksb0JBQW9CLEtBQUssVUFBVSxFQUFHLFFBQU87QUFDakQsUUFBTSxRQUFRLGFBQWEsS0FBSyxVQUFVO0FBQzFDLFFBQU0sVUFBVSxPQUFPLElBQUksQ0FBQ0MsV0FBVSxVQUFVQSxNQUFLLEdBQUcsRUFBRSxLQUFLLElBQUk7QUFDbkUsTUFBSSxDQUFDLE1BQU8sUUFBTyxxQ0FBcUMsT0FBTztBQUMvRCxRQUFNLFFBQVEsTUFBTSxDQUFDLEtBQUssTUFBTSxDQUFDLEtBQUs7QUFDdEMsTUFBSSxDQUFDLE9BQU8sU0FBUyxLQUFLLEdBQUc7QUFDM0IsV0FBTyw0QkFBNEIsS0FBSyxrQ0FBa0MsT0FBTztBQUFBLEVBQ25GO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyx3QkFDZCxJQUNBLFNBQ007QUFDTixLQUFHLEtBQUssTUFBTSxLQUFLLHVCQUF1QixDQUFDLFVBQVU7QUFDbkQsZUFBVyxTQUFTLE1BQU0sUUFBUTtBQUloQyxZQUFNLFVBQVU7QUFBQSxRQUNkLEdBQUksTUFBTSxTQUFTLGdCQUFnQixNQUFNLFNBQVMsZ0JBQzlDLENBQUMsTUFBTSxPQUFPLElBQ2QsQ0FBQztBQUFBLFFBQ0wsSUFBSSxNQUFNLFlBQVksQ0FBQyxHQUNwQixPQUFPLENBQUMsVUFBVSxNQUFNLFNBQVMsYUFBYSxFQUM5QyxJQUFJLENBQUMsVUFBVSxNQUFNLE9BQU87QUFBQSxNQUNqQztBQUNBLGlCQUFXLFVBQVUsU0FBUztBQUM1QixtQkFBVyxPQUFPLE9BQU8sU0FBUyxVQUFVLEdBQUc7QUFDN0MsZ0JBQU0sVUFBVSxZQUFZLElBQUksQ0FBQyxLQUFLLElBQUksUUFBUSxNQUFNO0FBQ3hELGNBQUksQ0FBQyxRQUFTO0FBRWQsZ0JBQU0sU0FBUyxPQUFPLE1BQU0sR0FBRyxJQUFJLEtBQUssRUFBRSxNQUFNLElBQUksRUFBRSxTQUFTO0FBQy9ELGdCQUFNLE1BQStCLE1BQU0sTUFDdkMsQ0FBQyxNQUFNLElBQUksQ0FBQyxJQUFJLFFBQVEsTUFBTSxJQUFJLENBQUMsQ0FBQyxJQUNwQztBQUNKLGdCQUFNLElBQUksTUFBTSxHQUFHLGVBQWUsTUFBTSxLQUFLLEdBQUcsQ0FBQyxLQUFLLE9BQU8sRUFBRTtBQUFBLFFBQ2pFO0FBQUEsTUFDRjtBQUFBLElBQ0Y7QUFBQSxFQUNGLENBQUM7QUFDSDs7O0FDbERBLFNBQVMsY0FBQUMsYUFBWSxnQkFBQUMscUJBQW9CO0FBQ3pDLFNBQVMsUUFBQUMsT0FBTSxZQUFBQyxXQUFVLFdBQUFDLFVBQVMsT0FBQUMsWUFBVzs7O0FDYjdDLFNBQVMsU0FBUzs7O0FDTVgsSUFBTSxtQkFBc0M7QUFBQSxFQUNqRDtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQUEsRUFDQTtBQUFBLEVBQ0E7QUFBQSxFQUNBO0FBQ0Y7QUFHTyxJQUFNLGVBQTREO0FBQUEsRUFDdkUsR0FBRyxPQUFPO0FBQUEsSUFDUjtBQUFBLE1BQ0UsR0FBRyxDQUFDLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxNQUFNLEtBQUssT0FBTyxRQUFRLE1BQU0sSUFBSTtBQUFBLE1BQ3RFLEdBQUcsQ0FBQyxLQUFLLEtBQUssVUFBVSxNQUFNLE9BQU8sUUFBUSxNQUFNLE9BQU8sT0FBTyxHQUFHO0FBQUEsTUFDcEUsR0FBRyxDQUFDLFVBQVUsT0FBTyxRQUFRLE9BQU8sUUFBUSxTQUFTLFFBQVEsS0FBSztBQUFBLE1BQ2xFLEdBQUcsQ0FBQyxPQUFPLFFBQVEsT0FBTyxRQUFRLE1BQU0sTUFBTSxNQUFNLE1BQU0sTUFBTSxJQUFJO0FBQUEsTUFDcEUsR0FBRyxDQUFDLFNBQVMsU0FBUyxTQUFTLFNBQVMsTUFBTSxNQUFNLE1BQU0sU0FBUztBQUFBLE1BQ25FLEdBQUcsQ0FBQyxVQUFVLGNBQWMsV0FBVyxRQUFRLE9BQU8sUUFBUTtBQUFBLElBQ2hFLEVBQUUsSUFBSSxDQUFDLFNBQVMsQ0FBQyxNQUFNLENBQUMsQ0FBQyxDQUFDO0FBQUEsRUFDNUI7QUFBQSxFQUNBLEdBQUcsQ0FBQyxRQUFRLFVBQVUsT0FBTyxVQUFVO0FBQUEsRUFDdkMsS0FBSyxDQUFDLE9BQU8sU0FBUztBQUFBLEVBQ3RCLElBQUksQ0FBQyxRQUFRLFVBQVU7QUFBQSxFQUN2QixJQUFJLENBQUMsT0FBTztBQUFBLEVBQ1osWUFBWSxDQUFDLE1BQU07QUFBQSxFQUNuQixHQUFHLENBQUMsTUFBTTtBQUFBLEVBQ1YsS0FBSyxDQUFDLE1BQU07QUFBQSxFQUNaLEtBQUssQ0FBQyxNQUFNO0FBQUEsRUFDWixTQUFTLENBQUMsTUFBTTtBQUFBO0FBQUEsRUFFaEIsT0FBTyxDQUFDLFFBQVEsUUFBUSxXQUFXLFVBQVU7QUFBQSxFQUM3QyxPQUFPLENBQUMsT0FBTyxZQUFZO0FBQzdCO0FBR08sSUFBTSxrQkFBb0Q7QUFBQSxFQUMvRCxRQUFRO0FBQUEsRUFDUixLQUFLO0FBQUEsRUFDTCxVQUFVO0FBQUE7QUFBQSxFQUVWLE1BQU07QUFBQSxFQUNOLFNBQVM7QUFBQSxFQUNULElBQUk7QUFDTjtBQU9BLElBQU0sYUFBYSxvQkFBSSxJQUFJO0FBQUE7QUFBQSxFQUV6QixHQUFHLENBQUMsaUJBQWlCLG1CQUFtQjtBQUFBO0FBQUEsRUFFeEMsR0FBRyxDQUFDLGdCQUFnQixzQkFBc0IsZ0JBQWdCLFFBQVE7QUFBQSxFQUNsRSxHQUFHLENBQUMsT0FBTyxRQUFRLFdBQVcsVUFBVSxXQUFXLFFBQVEsV0FBVztBQUFBLEVBQ3RFO0FBQUE7QUFBQSxFQUVBLEdBQUcsQ0FBQyxpQkFBaUIsUUFBUSxVQUFVLFVBQVUsbUJBQW1CO0FBQUEsRUFDcEUsR0FBRyxDQUFDLFFBQVEsUUFBUSxTQUFTLGdCQUFnQixXQUFXLE1BQU07QUFBQSxFQUM5RCxHQUFHLENBQUMsZ0JBQWdCLGVBQWUsbUJBQW1CLFVBQVU7QUFBQSxFQUNoRSxHQUFHLENBQUMscUJBQXFCLGVBQWUsU0FBUyxhQUFhLE1BQU07QUFBQSxFQUNwRSxHQUFHLENBQUMsT0FBTyxVQUFVLHFCQUFxQixzQkFBc0I7QUFBQSxFQUNoRTtBQUFBO0FBQUEsRUFFQTtBQUNGLENBQUM7QUFHRCxJQUFNLGdCQUFnQjtBQUVmLFNBQVMsZUFBZSxNQUF1QjtBQUNwRCxTQUFPLFdBQVcsSUFBSSxJQUFJLEtBQUssY0FBYyxLQUFLLElBQUk7QUFDeEQ7QUFPTyxTQUFTLGVBQWVDLFVBQWlCLE9BQXdCO0FBQ3RFLE1BQUlBLGFBQVk7QUFDZCxXQUFPLDJGQUEyRjtBQUFBLE1BQ2hHO0FBQUEsSUFDRjtBQUNGLE1BQUlBLGFBQVksUUFBUUEsYUFBWTtBQUNsQyxXQUFPLHlDQUF5QyxLQUFLLEtBQUs7QUFDNUQsU0FBTztBQUNUO0FBR08sSUFBTUMsaUJBQWdCLG9CQUFJLElBQUksQ0FBQyxRQUFRLE9BQU8sTUFBTSxDQUFDO0FBRzVELElBQU0sY0FBYyxvQkFBSSxJQUFJLENBQUMsUUFBUSxTQUFTLFFBQVEsQ0FBQztBQVVoRCxTQUFTLFdBQ2QsS0FDQSxLQUNvQjtBQUVwQixRQUFNLFFBQVEsSUFBSSxRQUFRLGlDQUFpQyxFQUFFO0FBQzdELFFBQU1DLFVBQVMseUJBQXlCLEtBQUssS0FBSyxJQUFJLENBQUMsR0FBRyxZQUFZO0FBQ3RFLFFBQU0sWUFBWSxZQUFZLEtBQUssS0FBSztBQUN4QyxNQUFJLFFBQVEsU0FBUztBQUNuQixRQUFJQSxZQUFXLE9BQVEsUUFBTztBQUM5QixRQUFJQSxXQUFVO0FBQ1osYUFBTztBQUNULFdBQU87QUFBQSxFQUNUO0FBQ0EsTUFBSUEsV0FBVSxDQUFDLFlBQVksSUFBSUEsT0FBTTtBQUNuQyxXQUFPLE9BQU9BLE9BQU07QUFDdEIsTUFBSTtBQUNGLFdBQU87QUFDVCxTQUFPO0FBQ1Q7QUFHTyxJQUFNLGlCQUFtRDtBQUFBLEVBQzlELFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLFFBQVE7QUFBQSxFQUNSLE9BQU87QUFBQSxFQUNQLE1BQU07QUFBQSxFQUNOLE1BQU07QUFBQSxFQUNOLE1BQU07QUFBQSxFQUNOLE1BQU07QUFBQSxFQUNOLEtBQUs7QUFBQSxFQUNMLE1BQU07QUFBQSxFQUNOLFVBQ0U7QUFBQSxFQUNGLFVBQVU7QUFBQSxFQUNWLFFBQVE7QUFDVjs7O0FEaEtBLElBQU0sT0FBTyxFQUNWLE9BQU8sRUFBRSxPQUFPLGVBQWUsQ0FBQyxFQUNoQyxPQUFPLENBQUMsVUFBVSxNQUFNLEtBQUssTUFBTSxJQUFJLEVBQUUsT0FBTyxvQkFBb0IsQ0FBQyxFQUNyRSxPQUFPLENBQUMsVUFBVSxDQUFDLE1BQU0sU0FBUyxHQUFHLEdBQUc7QUFBQSxFQUN2QyxPQUFPO0FBQ1QsQ0FBQztBQUdILElBQU0sT0FBTyxFQUFFLE9BQU8sRUFBRSxPQUFPLGlCQUFpQixDQUFDLEVBQUUsWUFBWSxDQUFDLE9BQU8sUUFBUTtBQUM3RSxRQUFNLFVBQVUsTUFBTSxXQUFXLFlBQVksSUFDekMsU0FDQSxXQUFXLE9BQU8sTUFBTTtBQUM1QixNQUFJO0FBQ0YsUUFBSSxTQUFTO0FBQUEsTUFDWCxNQUFNO0FBQUEsTUFDTixTQUFTLDJCQUEyQixPQUFPO0FBQUEsSUFDN0MsQ0FBQztBQUNMLENBQUM7QUFFRCxJQUFNLGVBQWUsRUFDbEIsT0FBTztBQUFBLEVBQ04sT0FBTztBQUNULENBQUMsRUFDQTtBQUFBLEVBQ0MsQ0FBQyxVQUNDLHNCQUFzQixLQUFLLEtBQUssTUFDaEMsb0JBQUksS0FBSyxHQUFHLEtBQUssWUFBWSxHQUFFLFlBQVksRUFBRSxXQUFXLEtBQUs7QUFBQSxFQUMvRCxFQUFFLE9BQU8sMERBQTBEO0FBQ3JFO0FBRUYsSUFBTSxVQUFVLEVBQ2IsT0FBTyxFQUFFLE9BQU8saURBQWlELENBQUMsRUFDbEUsT0FBTyxDQUFDLFVBQVUsTUFBTSxLQUFLLE1BQU0sSUFBSTtBQUFBLEVBQ3RDLE9BQU87QUFDVCxDQUFDO0FBRUksSUFBTSx1QkFBdUIsRUFBRSxhQUFhO0FBQUEsRUFDakQ7QUFBQSxFQUNBLE1BQU07QUFBQSxFQUNOLFNBQVM7QUFDWCxDQUFDO0FBRU0sSUFBTSx3QkFBd0IsRUFBRSxhQUFhO0FBQUEsRUFDbEQsT0FBTztBQUFBLEVBQ1AsYUFBYTtBQUFBO0FBQUEsRUFFYixTQUFTLFFBQVEsU0FBUztBQUFBLEVBQzFCLGVBQWUsYUFBYSxTQUFTO0FBQUEsRUFDckMsV0FBVyxFQUFFLE1BQU0sb0JBQW9CLEVBQUUsSUFBSSxDQUFDLEVBQUUsU0FBUztBQUFBO0FBQUEsRUFFekQsUUFBUSxFQUFFLEtBQUssQ0FBQyxRQUFRLE9BQU8sTUFBTSxDQUFDLEVBQUUsU0FBUztBQUFBLEVBQ2pELE1BQU0sRUFDSCxhQUFhO0FBQUEsSUFDWixNQUFNO0FBQUEsSUFDTixNQUFNLEtBQUssU0FBUztBQUFBLElBQ3BCLFNBQVMsS0FBSyxTQUFTO0FBQUEsSUFDdkIsU0FBUyxFQUNOO0FBQUEsTUFDQyxFQUFFLGFBQWE7QUFBQSxRQUNiLE9BQU8sRUFBRSxLQUFLLENBQUMsU0FBUyxLQUFLLENBQUMsRUFBRSxTQUFTO0FBQUEsUUFDekM7QUFBQSxRQUNBO0FBQUEsTUFDRixDQUFDO0FBQUEsSUFDSCxFQUNDLFNBQVM7QUFBQSxFQUNkLENBQUMsRUFDQSxTQUFTO0FBQUEsRUFDWixVQUFVLEVBQ1A7QUFBQSxJQUNDLEVBQUUsYUFBYTtBQUFBLE1BQ2IsT0FBTztBQUFBLE1BQ1AsU0FBUyxLQUFLLFNBQVM7QUFBQSxNQUN2QixNQUFNLEtBQUssU0FBUztBQUFBLE1BQ3BCLFVBQVUsS0FBSyxTQUFTO0FBQUEsSUFDMUIsQ0FBQztBQUFBLEVBQ0gsRUFDQyxTQUFTO0FBQUE7QUFBQSxFQUVaLE1BQU0sRUFBRSxRQUFRLEtBQUssRUFBRSxTQUFTO0FBQUEsRUFDaEMsTUFBTSxFQUFFLFFBQVEsS0FBSyxFQUFFLFNBQVM7QUFDbEMsQ0FBQztBQVVELElBQU0sZUFBaUQ7QUFBQSxFQUNyRCxPQUNFO0FBQUEsRUFDRixhQUNFO0FBQ0o7QUFHQSxTQUFTLGVBQWUsT0FBb0Q7QUFDMUUsTUFBSSxNQUFNLFNBQVM7QUFDakIsV0FBTyxNQUFNLGFBQWEsVUFDdEIsbUJBQ0EsTUFBTSxhQUFhLFdBQ2pCLHlDQUNBLFdBQVcsTUFBTSxhQUFhLFdBQVcsU0FBUyxNQUFNLFFBQVE7QUFDeEUsTUFBSSxNQUFNLFNBQVMsZ0JBQWlCLFFBQU87QUFDM0MsU0FBTztBQUNUO0FBR0EsU0FBUyxVQUFVLE1BQXNDO0FBQ3ZELFNBQU8sS0FDSjtBQUFBLElBQUksQ0FBQyxLQUFLLFVBQ1QsT0FBTyxRQUFRLFdBQ1gsSUFBSSxHQUFHLE1BQ1AsR0FBRyxRQUFRLElBQUksTUFBTSxFQUFFLEdBQUcsT0FBTyxHQUFHLENBQUM7QUFBQSxFQUMzQyxFQUNDLEtBQUssRUFBRTtBQUNaO0FBR08sU0FBUyxNQUFNLE9BQXdCO0FBQzVDLE1BQUksT0FBTyxVQUFVLFNBQVUsUUFBTyxJQUFJLEtBQUs7QUFDL0MsTUFBSSxpQkFBaUI7QUFDbkIsV0FBTyxHQUFHLE1BQU0sWUFBWSxFQUFFLE1BQU0sR0FBRyxFQUFFLENBQUM7QUFDNUMsU0FBTyxHQUFHLEtBQUssVUFBVSxLQUFLLENBQUMsS0FBSyxNQUFNLFFBQVEsS0FBSyxJQUFJLFdBQVcsS0FBSyxPQUFPLEtBQUssRUFBRTtBQUMzRjtBQUdPLFNBQVMsb0JBQW9CLE1BQXdDO0FBQzFFLE1BQUksQ0FBQyxLQUFLO0FBQ1IsV0FBTztBQUFBLE1BQ0w7QUFBQSxRQUNFLE1BQU07QUFBQSxRQUNOLFNBQ0U7QUFBQSxNQUNKO0FBQUEsSUFDRjtBQUNGLFFBQU0sU0FBUyxzQkFBc0IsVUFBVSxLQUFLLE1BQU07QUFBQSxJQUN4RCxhQUFhO0FBQUEsSUFDYixPQUFPO0FBQUEsRUFDVCxDQUFDO0FBQ0QsTUFBSSxPQUFPLFFBQVMsUUFBTyxDQUFDO0FBQzVCLFNBQU8sT0FBTyxNQUFNLE9BQU8sUUFBUSxDQUFDLFVBQVU7QUFDNUMsUUFBSSxNQUFNLFNBQVM7QUFDakIsYUFBTyxNQUFNLEtBQUssSUFBSSxDQUFDLFNBQVM7QUFBQSxRQUM5QixNQUFNLEtBQUssT0FBTyxDQUFDLEdBQUcsTUFBTSxNQUFNLEdBQUcsQ0FBQztBQUFBLFFBQ3RDLFNBQVMsa0JBQWtCLFVBQVUsQ0FBQyxHQUFHLE1BQU0sTUFBTSxHQUFHLENBQUMsQ0FBQztBQUFBLE1BQzVELEVBQUU7QUFDSixVQUFNLFFBQVEsVUFBVSxNQUFNLElBQUk7QUFDbEMsVUFBTSxVQUNKLE1BQU0sVUFBVSxTQUNaLDJCQUEyQixLQUFLLE1BQU0sYUFBYSxLQUFLLEtBQUssRUFBRSxHQUFHLEtBQUssSUFDdkUsSUFBSSxLQUFLLEtBQUssTUFBTSxPQUFPLFdBQVcsTUFBTSxNQUFNLEtBQUssQ0FBQztBQUM5RCxXQUFPLENBQUMsRUFBRSxNQUFNLEtBQUssT0FBTyxNQUFNLElBQUksR0FBRyxRQUFRLENBQUM7QUFBQSxFQUNwRCxDQUFDO0FBQ0g7QUFFQSxTQUFTLGtCQUFrQixPQUF1QjtBQUNoRCxNQUFJLFVBQVU7QUFDWixXQUFPO0FBQ1QsU0FBTyxJQUFJLEtBQUs7QUFDbEI7OztBRTNKQSxPQUFPLGtCQUFrQjtBQUN6QixTQUFTLDJCQUEyQjs7O0FDWTdCLElBQU0scUJBQXFCO0FBQUEsRUFDaEMsdUJBQXVCLEVBQUUsT0FBTyxDQUFDLEVBQUU7QUFBQSxFQUNuQyxhQUFhLEVBQUUsT0FBTyxDQUFDLEVBQUU7QUFBQSxFQUN6QixjQUFjLEVBQUUsT0FBTyxFQUFFLE1BQU0sUUFBUSxPQUFPLFFBQVEsU0FBUyxPQUFPLEVBQUU7QUFBQSxFQUN4RSxlQUFlLEVBQUUsT0FBTyxFQUFFLFFBQVEsS0FBSyxFQUFFO0FBQUE7QUFBQSxFQUV6QyxlQUFlO0FBQUEsSUFDYixPQUFPLEVBQUUsU0FBUyxRQUFRLGtCQUFrQixRQUFRLGdCQUFnQixPQUFPO0FBQUEsRUFDN0U7QUFBQSxFQUNBLGlCQUFpQixFQUFFLE9BQU8sQ0FBQyxFQUFFO0FBQUEsRUFDN0IsY0FBYyxFQUFFLE9BQU8sQ0FBQyxFQUFFO0FBQUEsRUFDMUIsZ0JBQWdCLEVBQUUsT0FBTyxDQUFDLEVBQUU7QUFBQSxFQUM1QixrQkFBa0IsRUFBRSxPQUFPLEVBQUUsT0FBTyxLQUFLLEVBQUU7QUFBQTtBQUFBLEVBRTNDLFVBQVU7QUFBQSxJQUNSLE9BQU87QUFBQSxNQUNMLFdBQVc7QUFBQSxNQUNYLFdBQVc7QUFBQSxNQUNYLE9BQU87QUFBQSxNQUNQLFNBQVM7QUFBQSxNQUNULFlBQVk7QUFBQSxJQUNkO0FBQUEsSUFDQSxPQUFPLENBQUMsWUFBWSxhQUFhO0FBQUEsRUFDbkM7QUFBQSxFQUNBLGFBQWEsRUFBRSxPQUFPLEVBQUUsTUFBTSxDQUFDLFFBQVEsTUFBTSxFQUFFLEVBQUU7QUFBQSxFQUNqRCxnQkFBZ0IsRUFBRSxPQUFPLEVBQUUsUUFBUSxDQUFDLFVBQVUsV0FBVyxFQUFFLEVBQUU7QUFDL0Q7QUFJTyxJQUFNLHlCQUF5QixPQUFPO0FBQUEsRUFDM0M7QUFDRjs7O0FEZk8sSUFBTSxhQUFhLENBQUNDLFVBQWlCLFNBQVNBLEtBQUk7QUFDekQsSUFBTSxjQUFjO0FBRXBCLElBQU0sYUFDSjtBQUVGLElBQU0sZ0JBQWdCO0FBQUEsRUFDcEIsR0FBRyxPQUFPLEtBQUssWUFBWTtBQUFBLEVBQzNCLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFBQSxFQUN6QjtBQUNGO0FBR0EsSUFBTSxjQUFjLENBQUMsVUFBVSxTQUFTLFlBQVksVUFBVSxTQUFTLEtBQUs7QUFHNUUsU0FBUyxVQUNQLE1BQ0EsT0FDeUM7QUFDekMsTUFBSSxNQUFNLFFBQVEsSUFBSTtBQUNwQixXQUFPLEtBQUssU0FBUyxLQUFLLElBQ3RCLEVBQUUsTUFBTSxJQUNSLEVBQUUsU0FBUyxrQkFBa0IsS0FBSyxLQUFLLElBQUksQ0FBQyxHQUFHO0FBQ3JELE1BQUksU0FBUyxPQUFRLFFBQU8sRUFBRSxNQUFNO0FBQ3BDLE1BQUksU0FBUztBQUNYLFdBQU8sdUJBQXVCLEtBQUssS0FBSyxJQUNwQyxFQUFFLE1BQU0sSUFDUixFQUFFLFNBQVMsdUNBQXVDO0FBQ3hELE1BQUksU0FBUztBQUNYLFdBQU8sdUJBQXVCLEtBQUssS0FBSyxJQUNwQyxFQUFFLE1BQU0sSUFDUixFQUFFLFNBQVMsZ0RBQWdEO0FBQ2pFLE1BQUksU0FBUztBQUNYLFdBQU8sWUFBWSxLQUFLLE1BQU0sS0FBSyxDQUFDLElBQ2hDLEVBQUUsT0FBTyxPQUFPLE9BQU8sS0FBSyxDQUFDLEVBQUUsSUFDL0IsRUFBRSxTQUFTLDhDQUE4QztBQUMvRCxNQUFJO0FBQ0YsVUFBTSxPQUFnQixLQUFLLE1BQU0sS0FBSztBQUN0QyxRQUFJLE1BQU0sUUFBUSxJQUFJLEtBQUssS0FBSyxNQUFNLENBQUMsU0FBUyxPQUFPLFNBQVMsUUFBUTtBQUN0RSxhQUFPLEVBQUUsT0FBTyxLQUFLLFVBQVUsSUFBSSxFQUFFO0FBQUEsRUFDekMsUUFBUTtBQUFBLEVBRVI7QUFDQSxTQUFPLEVBQUUsU0FBUyw4Q0FBOEM7QUFDbEU7QUFHQSxTQUFTLGdCQUNQLEtBQ0EsUUFDQSxZQUNBLFFBQ3dCO0FBQ3hCLFFBQU0sT0FBK0IsQ0FBQztBQUN0QyxRQUFNLFlBQVksV0FBVyxHQUFHO0FBQ2hDLGFBQVcsQ0FBQyxNQUFNLEtBQUssS0FBSyxPQUFPLFFBQVEsVUFBVSxHQUFHO0FBQ3RELFVBQU1DLGFBQVksR0FBRyxJQUFJLElBQUksS0FBSyxVQUFVLEtBQUssQ0FBQyxRQUFRLEdBQUc7QUFDN0QsUUFBSSxXQUFXO0FBQ2IsWUFBTSxPQUFPLFVBQVUsTUFBTSxJQUFJO0FBQ2pDLFVBQUksU0FBUyxRQUFXO0FBQ3RCO0FBQUEsVUFDRSxHQUFHQSxVQUFTLEtBQUssR0FBRyxVQUFVLE9BQU8sS0FBSyxVQUFVLEtBQUssRUFBRSxLQUFLLElBQUksS0FBSyxVQUFVO0FBQUEsUUFDckY7QUFDQTtBQUFBLE1BQ0Y7QUFDQSxZQUFNLFVBQVUsVUFBVSxNQUFNLEtBQUs7QUFDckMsVUFBSSxhQUFhLFFBQVMsUUFBTyxHQUFHQSxVQUFTLEtBQUssUUFBUSxPQUFPLEVBQUU7QUFBQSxVQUM5RCxNQUFLLElBQUksSUFBSSxRQUFRO0FBQzFCO0FBQUEsSUFDRjtBQUNBLFFBQUksUUFBUSxjQUFjLFVBQVUsV0FBVyxNQUFNLEdBQUc7QUFDdEQsWUFBTSxPQUFPLFVBQVUsS0FBSyxJQUFJLElBQUksQ0FBQztBQUNyQyxVQUFJLFFBQVEsVUFBVSxNQUFNLFdBQVcsTUFBTSxFQUFFLE9BQU8sU0FBUyxJQUFJO0FBQ2pFLGFBQUssSUFBSSxJQUFJO0FBQUEsVUFDVixRQUFPLEdBQUdBLFVBQVMsS0FBSyxNQUFNLGlCQUFpQixJQUFJLEdBQUc7QUFDM0Q7QUFBQSxJQUNGO0FBQ0EsUUFBSSxTQUFTLFdBQVcsVUFBVSxPQUFPLFFBQVEsU0FBUyxRQUFRLFFBQVE7QUFFeEUsV0FBSyxJQUFJLElBQUk7QUFDYjtBQUFBLElBQ0Y7QUFDQSxVQUFNLFVBQVUsaUJBQWlCLEtBQUssTUFBTSxLQUFLO0FBQ2pELFFBQUksUUFBUyxRQUFPLEdBQUdBLFVBQVMsS0FBSyxPQUFPLEVBQUU7QUFBQSxRQUN6QyxNQUFLLElBQUksSUFBSTtBQUFBLEVBQ3BCO0FBQ0EsU0FBTztBQUNUO0FBRUEsU0FBUyxpQkFDUCxLQUNBLE1BQ0EsT0FDb0I7QUFDcEIsTUFBSSxPQUFPLEtBQUssSUFBSSxFQUFHLFFBQU87QUFDOUIsTUFBSSxpQkFBaUIsS0FBSyxJQUFJO0FBQzVCLFdBQU87QUFDVCxNQUFJLFNBQVM7QUFDWCxXQUFPLGVBQWUsS0FBSyxLQUFLLElBQzVCLFNBQ0E7QUFDTixNQUFJLENBQUMsaUJBQWlCLFNBQVMsSUFBSSxLQUFLLENBQUMsYUFBYSxHQUFHLEdBQUcsU0FBUyxJQUFJO0FBQ3ZFLFdBQU8sSUFBSSxHQUFHO0FBR2hCLE1BQUksb0JBQW9CLEtBQUssTUFBTTtBQUNqQyxXQUFPO0FBQ1QsTUFBSUMsZUFBYyxJQUFJLElBQUk7QUFDeEIsV0FBTyxXQUFXLE9BQU8sUUFBUSxRQUFRLFVBQVUsTUFBTTtBQUMzRCxNQUFJLFNBQVMsU0FBUztBQUNwQixVQUFNLFVBQVUsTUFBTSxNQUFNLEtBQUssRUFBRSxPQUFPLENBQUMsTUFBTSxLQUFLLENBQUMsZUFBZSxDQUFDLENBQUM7QUFDeEUsV0FBTyxRQUFRLFNBQ1gsU0FBUyxRQUFRLEtBQUssSUFBSSxDQUFDLHVDQUMzQjtBQUFBLEVBQ047QUFDQSxRQUFNLFVBQVUsZ0JBQWdCLElBQUk7QUFDcEMsU0FBTyxXQUFXLENBQUMsUUFBUSxLQUFLLEtBQUssSUFDakMsOEJBQ0E7QUFDTjtBQUVBLFNBQVMsZUFBZSxLQUFhLFFBQW9DO0FBQ3ZFLFFBQU0sU0FBUyxlQUFlLElBQUksWUFBWSxDQUFDO0FBQy9DLE1BQUksT0FBUSxRQUFPLElBQUksR0FBRyxxQkFBcUIsTUFBTTtBQUNyRCxNQUFJLFdBQVcsS0FBSyxHQUFHO0FBQ3JCLFdBQU8sSUFBSSxHQUFHLGlEQUFpRCxPQUFPLEtBQUssVUFBVSxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQ25HLFNBQU8sVUFBVSxRQUFRLGFBQ3JCLHNCQUFzQixNQUFNLHFCQUM1QixJQUFJLEdBQUc7QUFDYjtBQUdPLFNBQVMsaUJBQWlCLE1BRy9CO0FBQ0EsUUFBTSxXQUFzQixDQUFDO0FBQzdCLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixNQUFJRjtBQUNKLFFBQU0sU0FBUyxDQUFDLFlBQW9CLFNBQVMsS0FBSyxFQUFFLE1BQUFBLE9BQU0sUUFBUSxDQUFDO0FBRW5FLFFBQU0sUUFBUSxhQUFhLE1BQU07QUFBQSxJQUMvQixhQUFhO0FBQUE7QUFBQSxJQUViLG1CQUFtQjtBQUFBLElBQ25CLGdCQUFnQixDQUFDLFFBQVEsU0FBUyxRQUFRO0FBQUEsSUFDMUMscUJBQXFCLEVBQUUsS0FBSyxDQUFDLEVBQUU7QUFBQSxJQUMvQix1QkFBdUI7QUFBQSxJQUN2QixzQkFBc0I7QUFBQSxJQUN0QixzQkFBc0IsQ0FBQztBQUFBLElBQ3ZCLGFBQWEsQ0FBQyxPQUFPLE1BQU0sTUFBTSxTQUFTLEtBQUs7QUFBQSxJQUMvQztBQUFBLElBQ0EsUUFBUTtBQUFBLE1BQ04sZUFBZTtBQUFBLE1BQ2YseUJBQXlCO0FBQUEsTUFDekIsc0JBQXNCO0FBQUEsSUFDeEI7QUFBQSxJQUNBLFdBQVcsQ0FBQyxTQUFTLE1BQU0sS0FBSyxJQUFJO0FBQUEsSUFDcEMsWUFBWSxNQUFNLE1BQU0sSUFBSTtBQUFBLElBQzVCLGVBQWU7QUFBQSxNQUNiLEtBQUssQ0FBQyxTQUFTLFlBQVk7QUFDekIsY0FBTSxTQUFTLE1BQU0sR0FBRyxFQUFFO0FBQzFCLGNBQU0sVUFDSixZQUFZLGFBQ1IsV0FBVyxVQUFhLFdBQVcsTUFBTSxHQUFHLFVBQVUsU0FDdEQsY0FBYyxTQUFTLE9BQU87QUFDcEMsWUFBSSxDQUFDLFNBQVM7QUFDWixpQkFBTyxlQUFlLFNBQVMsTUFBTSxDQUFDO0FBR3RDLGlCQUFPLEVBQUUsU0FBUyxlQUFlLE9BQU8sR0FBRyxTQUFTLENBQUMsRUFBRTtBQUFBLFFBQ3pEO0FBQ0EsZUFBTztBQUFBLFVBQ0w7QUFBQSxVQUNBLFNBQVMsZ0JBQWdCLFNBQVMsUUFBUSxTQUFTLE1BQU07QUFBQSxRQUMzRDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxZQUFZLENBQUNHLFVBQVM7QUFFcEIsWUFBTSxRQUFRQSxNQUFLLE1BQU0sV0FBVztBQUNwQyxpQkFBVyxDQUFDLE9BQU8sSUFBSSxLQUFLLE1BQU0sUUFBUSxHQUFHO0FBQzNDLFlBQUksUUFBUSxNQUFNLEVBQUcsQ0FBQUgsUUFBTyxPQUFPLElBQUk7QUFBQSxpQkFDOUJBLFVBQVMsT0FBVyxDQUFBQSxTQUFRLEtBQUssTUFBTSxJQUFJLEVBQUUsU0FBUztBQUFBLE1BQ2pFO0FBQ0EsWUFBTSxRQUFRLE1BQU0sT0FBTyxDQUFDLEdBQUcsVUFBVSxRQUFRLE1BQU0sQ0FBQyxFQUFFLEtBQUssRUFBRTtBQUNqRSxhQUFPLE1BQU0sUUFBUSxPQUFPLFFBQVEsRUFBRSxRQUFRLE9BQU8sUUFBUTtBQUFBLElBQy9EO0FBQUEsRUFDRixDQUFDO0FBQ0QsU0FBTyxFQUFFLE1BQU0sT0FBTyxTQUFTO0FBQ2pDO0FBT0EsU0FBUyxlQUFlLFNBQXlCO0FBQy9DLFFBQU0sUUFBUSxRQUFRLFlBQVk7QUFDbEMsTUFBSSxZQUFZLFNBQVMsS0FBSyxFQUFHLFFBQU87QUFDeEMsU0FBTyxjQUFjLFNBQVMsT0FBTyxJQUFJLG9CQUFvQjtBQUMvRDs7O0FFbFBBLFNBQVMsY0FBQUksYUFBWSxnQkFBQUMscUJBQW9CO0FBQ3pDLFNBQVMsV0FBQUMsVUFBUyxRQUFBQyxPQUFNLFlBQUFDLFdBQVUsU0FBUyxPQUFBQyxZQUFXO0FBUXRELElBQU0saUJBQWlCO0FBTWhCLFNBQVMsZ0JBQ2QsUUFDQSxNQUNBLFFBQ0EsVUFBVSxRQUNRO0FBQ2xCLFFBQU0sV0FBNkIsQ0FBQztBQUNwQyxhQUFXLFNBQVMsT0FBTyxTQUFTLGNBQWMsR0FBRztBQUNuRCxVQUFNLFNBQVMsTUFBTSxDQUFDLEtBQUs7QUFDM0IsUUFBSSxXQUFXLEdBQUk7QUFDbkIsVUFBTUMsUUFBTyxPQUFPLE1BQU0sR0FBRyxNQUFNLEtBQUssRUFBRSxNQUFNLElBQUksRUFBRTtBQUN0RCxVQUFNLFFBQVEsRUFBRSxNQUFNLEdBQUcsT0FBTyxJQUFJLElBQUksSUFBSSxNQUFBQSxNQUFLO0FBRWpELFVBQU0sT0FBTyxPQUFPLFdBQVcsR0FBRyxJQUM5QkMsTUFBSyxRQUFRLE9BQU8sTUFBTSxPQUFPLENBQUMsTUFBTSxNQUFNLElBQUksQ0FBQyxDQUFDLElBQ3BEQSxNQUFLQyxTQUFRRCxNQUFLLFFBQVEsSUFBSSxDQUFDLEdBQUcsTUFBTTtBQUM1QyxVQUFNLFNBQVNFLFVBQVMsUUFBUSxRQUFRLElBQUksQ0FBQztBQUM3QyxRQUFJLE9BQU8sV0FBVyxJQUFJLEtBQUssT0FBTyxXQUFXQyxJQUFHO0FBQ2xELGVBQVMsS0FBSztBQUFBLFFBQ1osR0FBRztBQUFBLFFBQ0gsU0FBUyxJQUFJLE1BQU0sdURBQXVELE9BQU87QUFBQSxNQUNuRixDQUFDO0FBQUEsYUFDTSxDQUFDLE9BQU8sU0FBUyxLQUFLO0FBQzdCLGVBQVMsS0FBSztBQUFBLFFBQ1osR0FBRztBQUFBLFFBQ0gsU0FBUyxJQUFJLE1BQU0sK0ZBQStGLE9BQU87QUFBQSxNQUMzSCxDQUFDO0FBQUEsRUFDTDtBQUNBLFNBQU87QUFDVDtBQWdCTyxTQUFTLGVBQ2QsUUFDQSxNQUNBLFFBTUE7QUFFQSxRQUFNLFNBQTBELENBQUM7QUFDakUsTUFBSUMsUUFBTztBQUNYLFFBQU0sUUFBa0IsQ0FBQztBQUN6QixRQUFNLFNBQVMsQ0FBQyxPQUFlLE1BQWNMLFVBQWlCO0FBQzVELFdBQU8sS0FBSyxFQUFFLE9BQU9LLE1BQUssUUFBUSxNQUFNLE1BQU0sTUFBQUwsTUFBSyxDQUFDO0FBQ3BELElBQUFLLFNBQVE7QUFBQSxFQUNWO0FBQ0EsUUFBTSxTQUFTLENBQUMsTUFBYyxNQUFjLGNBQXNCO0FBQ2hFLFFBQUksT0FBTztBQUNYLFVBQU0sU0FBUyxDQUFDLFVBQ2QsWUFBWSxLQUFLLE1BQU0sR0FBRyxLQUFLLEVBQUUsTUFBTSxJQUFJLEVBQUUsU0FBUztBQUN4RCxlQUFXLFNBQVMsS0FBSyxTQUFTLGNBQWMsR0FBRztBQUNqRCxZQUFNLFNBQVMsTUFBTSxDQUFDLEtBQUs7QUFDM0IsWUFBTSxPQUFPLE9BQU8sV0FBVyxHQUFHLElBQzlCSixNQUFLLFFBQVEsT0FBTyxNQUFNLE9BQU8sQ0FBQyxNQUFNLE1BQU0sSUFBSSxDQUFDLENBQUMsSUFDcERBLE1BQUtDLFNBQVFELE1BQUssUUFBUSxJQUFJLENBQUMsR0FBRyxNQUFNO0FBQzVDLFlBQU0sV0FBV0UsVUFBUyxRQUFRLElBQUk7QUFDdEMsVUFBSSxDQUFDLFVBQVUsQ0FBQyxTQUFTLFNBQVMsS0FBSyxLQUFLLENBQUNHLFlBQVcsSUFBSSxFQUFHO0FBQy9ELGFBQU8sS0FBSyxNQUFNLE1BQU0sTUFBTSxLQUFLLEdBQUcsTUFBTSxPQUFPLElBQUksQ0FBQztBQUN4RCxZQUFNLEtBQUssUUFBUTtBQUNuQixZQUFNLE9BQU8sU0FBU0MsY0FBYSxNQUFNLE1BQU0sR0FBRyxRQUFRO0FBQzFELGFBQU8sVUFBVSxLQUFLLE1BQU0sS0FBSyxhQUFhLENBQUM7QUFDL0MsYUFBTyxNQUFNLFFBQVEsTUFBTSxDQUFDLEVBQUU7QUFBQSxJQUNoQztBQUNBLFdBQU8sS0FBSyxNQUFNLElBQUksR0FBRyxNQUFNLE9BQU8sSUFBSSxDQUFDO0FBQUEsRUFDN0M7QUFDQSxTQUFPLE1BQU0sUUFBUSxDQUFDO0FBQ3RCLFNBQU87QUFBQSxJQUNMLE1BQUFGO0FBQUEsSUFDQTtBQUFBLElBQ0EsT0FBT0wsT0FBTTtBQUNYLFlBQU0sUUFDSkEsUUFBTyxJQUNISyxNQUNHLE1BQU0sSUFBSSxFQUNWLE1BQU0sR0FBR0wsUUFBTyxDQUFDLEVBQ2pCLEtBQUssSUFBSSxFQUFFLFNBQVMsSUFDdkI7QUFDTixZQUFNLFFBQVEsT0FBTyxPQUFPLENBQUMsRUFBRSxNQUFNLE1BQU0sU0FBUyxLQUFLLEVBQUUsR0FBRyxFQUFFO0FBQ2hFLFVBQUksQ0FBQyxNQUFPLFFBQU8sRUFBRSxNQUFNLE1BQUFBLE1BQUs7QUFDaEMsWUFBTSxTQUFTSyxNQUFLLE1BQU0sTUFBTSxPQUFPLEtBQUssRUFBRSxNQUFNLElBQUksRUFBRSxTQUFTO0FBQ25FLGFBQU8sRUFBRSxNQUFNLE1BQU0sTUFBTSxNQUFNLE1BQU0sT0FBTyxPQUFPO0FBQUEsSUFDdkQ7QUFBQSxFQUNGO0FBQ0Y7QUFHTyxTQUFTLG9CQUNkLFFBQ0EsVUFBVSxRQUNRO0FBQ2xCLFFBQU0sV0FBNkIsQ0FBQztBQUNwQyxhQUFXLFFBQVEsVUFBVSxNQUFNLEdBQUc7QUFDcEMsUUFBSSxDQUFDLEtBQUssU0FBUyxLQUFLLEtBQUssS0FBSyxTQUFTLGVBQWUsRUFBRztBQUM3RCxVQUFNLFNBQVNFLGNBQWFOLE1BQUssUUFBUSxJQUFJLEdBQUcsTUFBTTtBQUN0RCxRQUFJO0FBQ0YsZUFBUyxRQUFRLEdBQUcsT0FBTyxJQUFJLElBQUksRUFBRTtBQUFBLElBQ3ZDLFNBQVMsT0FBTztBQUNkLFVBQUksQ0FBQyxlQUFlLEtBQUssRUFBRyxPQUFNO0FBQ2xDLFlBQU0sQ0FBQyxNQUFNRCxLQUFJLElBQUksTUFBTSxTQUFTLE1BQU0sR0FBRztBQUM3QyxlQUFTLEtBQUs7QUFBQSxRQUNaLE1BQU0sUUFBUTtBQUFBLFFBQ2QsTUFBTSxPQUFPQSxLQUFJLEtBQUs7QUFBQSxRQUN0QixTQUFTLE1BQU0sUUFBUSxNQUFNLE1BQU0sU0FBUyxTQUFTLENBQUM7QUFBQSxNQUN4RCxDQUFDO0FBQUEsSUFDSDtBQUNBLGFBQVMsS0FBSyxHQUFHLGdCQUFnQixRQUFRLE1BQU0sUUFBUSxPQUFPLENBQUM7QUFBQSxFQUNqRTtBQUNBLFNBQU87QUFDVDtBQU1PLFNBQVMscUJBQXFCLFFBQXdCO0FBQzNELFFBQU0sUUFBUSxNQUFNO0FBQ2xCLFVBQU0sQ0FBQyxPQUFPLEdBQUcsSUFBSSxJQUFJLG9CQUFvQixNQUFNO0FBQ25ELFFBQUk7QUFDRixZQUFNLElBQUk7QUFBQSxRQUNSLE1BQU0sT0FBTyxHQUFHLE1BQU0sSUFBSSxJQUFJLE1BQU0sSUFBSSxLQUFLLE1BQU07QUFBQSxRQUNuRCxNQUFNO0FBQUEsUUFDTixLQUFLLFNBQVMsSUFDVixHQUFHLEtBQUssTUFBTSx5REFDZDtBQUFBLE1BQ047QUFBQSxFQUNKO0FBQ0EsU0FBTztBQUFBLElBQ0wsTUFBTTtBQUFBLElBQ04sU0FBUztBQUFBLElBQ1QsaUJBQWlCO0FBQUEsSUFDakIsWUFBWTtBQUFBLEVBQ2Q7QUFDRjs7O0FMeEhPLFNBQVMsbUJBQ2QsSUFDQSxFQUFFLFFBQVEsYUFBQVEsZUFBYyxPQUFPLEdBQ3pCO0FBQ04saUJBQWUsRUFBRTtBQUVqQixRQUFNLFNBQVMsR0FBRyxPQUFPLEtBQUssRUFBRTtBQUNoQyxNQUFJLFFBQVE7QUFDWixLQUFHLFNBQVMsQ0FBQyxLQUFLLE1BQWUsQ0FBQyxNQUFNO0FBRXRDLFFBQUksUUFBUSxFQUFHLFFBQU8sT0FBTyxLQUFLLEdBQUc7QUFDckMsVUFBTSxPQUFPLEdBQUdBLFlBQVcsSUFBSSxJQUFJLGdCQUFnQixTQUFTO0FBQzVELFVBQU0sV0FBNkIsQ0FBQztBQUNwQyxVQUFNQyxRQUFPLE1BQWM7QUFDekIsVUFBSSxJQUFJLGlCQUFpQjtBQUN2QixZQUFJLGdCQUFnQixLQUFLLEdBQUcsUUFBUTtBQUNwQyxlQUFPO0FBQUEsTUFDVDtBQUNBLFlBQU0sQ0FBQyxLQUFLLElBQUk7QUFDaEIsWUFBTSxJQUFJO0FBQUEsUUFDUixPQUFPLE9BQU8sR0FBRyxNQUFNLElBQUksSUFBSSxNQUFNLElBQUksS0FBSztBQUFBLFFBQzlDLE9BQU8sV0FBVztBQUFBLFFBQ2xCLFNBQVMsU0FBUyxJQUNkLEdBQUcsU0FBUyxTQUFTLENBQUMseURBQ3RCO0FBQUEsTUFDTjtBQUFBLElBQ0Y7QUFFQSxRQUFJO0FBQ0osUUFBSTtBQUNGLFlBQU0sT0FBTyxTQUFTLEtBQUssSUFBSTtBQUMvQixlQUFTLEtBQUs7QUFDZCxpQkFBVyxXQUFXLG9CQUFvQixJQUFJO0FBQzVDLGlCQUFTLEtBQUssRUFBRSxNQUFNLEdBQUcsUUFBUSxDQUFDO0FBQUEsSUFDdEMsU0FBUyxPQUFPO0FBQ2QsVUFBSSxDQUFDLGVBQWUsS0FBSyxFQUFHLE9BQU07QUFFbEMsWUFBTUMsUUFBTyxPQUFPLFVBQVUsS0FBSyxNQUFNLFFBQVEsSUFBSSxDQUFDLENBQUMsS0FBSztBQUM1RCxlQUFTLEtBQUs7QUFBQSxRQUNaO0FBQUEsUUFDQSxNQUFBQTtBQUFBLFFBQ0EsU0FBUyxNQUFNLFFBQVEsTUFBTSxNQUFNLFNBQVMsU0FBUyxDQUFDO0FBQUEsTUFDeEQsQ0FBQztBQUNELGFBQU9ELE1BQUs7QUFBQSxJQUNkO0FBRUEsUUFBSSxtQkFBbUI7QUFDdkIsUUFBSSxrQkFBa0I7QUFDdEI7QUFDQSxRQUFJO0FBQ0osUUFBSTtBQUNGLGFBQU8sT0FBTyxLQUFLLEdBQUc7QUFBQSxJQUN4QixVQUFFO0FBQ0E7QUFDQSxVQUFJLGtCQUFrQjtBQUFBLElBQ3hCO0FBSUEsVUFBTSxTQUFTLGNBQWMsUUFBUSxLQUFLLEdBQUc7QUFDN0MsVUFBTSxLQUFLLENBQUNDLFVBQWtCO0FBQzVCLFVBQUlBLFVBQVMsT0FBVyxRQUFPLEVBQUUsS0FBSztBQUN0QyxZQUFNLFFBQVEsT0FBT0EsUUFBTyxJQUFJLE1BQU07QUFDdEMsYUFBTyxFQUFFLE1BQU0sR0FBR0YsWUFBVyxJQUFJLE1BQU0sSUFBSSxJQUFJLE1BQU0sTUFBTSxLQUFLO0FBQUEsSUFDbEU7QUFDQSxlQUFXLFFBQVEsQ0FBQyxXQUFXLFVBQVUsY0FBYztBQUNyRCxpQkFBVyxTQUFTLElBQUksWUFBWSxJQUFJLEtBQUssQ0FBQztBQUM1QyxpQkFBUyxLQUFLLEVBQUUsR0FBRyxHQUFHLFVBQVUsS0FBSyxDQUFDLEdBQUcsU0FBUyxXQUFXLElBQUksRUFBRSxDQUFDO0FBRXhFLFFBQUksSUFBSTtBQUNOLGlCQUFXLFFBQVEsT0FBTyxPQUFPLElBQUksU0FBUztBQUM1QyxZQUFJLE1BQU0sUUFBUSxJQUFJLEVBQUcsTUFBSyxTQUFTO0FBQUE7QUFFM0MsZUFBVyxZQUFZLElBQUksWUFBWSxDQUFDLEdBQUc7QUFDekMsWUFBTSxVQUFVLGVBQWUsUUFBUSxRQUFRO0FBQy9DLFVBQUksUUFBUyxVQUFTLEtBQUssRUFBRSxNQUFNLFNBQVMsUUFBUSxDQUFDO0FBQUEsSUFDdkQ7QUFFQSxVQUFNLFFBQVEsaUJBQWlCLElBQUk7QUFDbkMsZUFBVyxXQUFXLE1BQU07QUFDMUIsZUFBUyxLQUFLLEVBQUUsR0FBRyxHQUFHLFFBQVEsSUFBSSxHQUFHLFNBQVMsUUFBUSxRQUFRLENBQUM7QUFDakUsV0FBTyxTQUFTLFNBQVMsSUFBSUMsTUFBSyxJQUFJLE1BQU07QUFBQSxFQUM5QztBQUNGO0FBT0EsU0FBUyxjQUNQLFFBQ0EsS0FDQSxLQUNrRDtBQUNsRCxRQUFNLE9BQU8sSUFBSSxnQkFBZ0I7QUFDakMsUUFBTSxNQUFNLENBQUNDLFdBQWtCLEVBQUUsTUFBTSxNQUFNLE1BQUFBLE1BQUs7QUFDbEQsUUFBTSxPQUFPQyxNQUFLLFFBQVEsSUFBSTtBQUM5QixNQUFJLENBQUMsSUFBSSxVQUFVLFVBQVUsQ0FBQ0MsWUFBVyxJQUFJLEVBQUcsUUFBTztBQUN2RCxNQUFJO0FBQ0osTUFBSTtBQUNGLGVBQVcsZUFBZSxRQUFRLE1BQU1DLGNBQWEsTUFBTSxNQUFNLENBQUM7QUFBQSxFQUNwRSxRQUFRO0FBQ04sV0FBTztBQUFBLEVBQ1Q7QUFDQSxTQUFPLFNBQVMsU0FBUyxNQUFNLFNBQVMsU0FBUztBQUNuRDtBQUdPLFNBQVMsZUFDZCxRQUNBLFVBQ29CO0FBQ3BCLFFBQU0sT0FBT0MsVUFBUyxRQUFRQyxTQUFRLFFBQVEsUUFBUSxDQUFDO0FBQ3ZELE1BQUksS0FBSyxXQUFXLElBQUksS0FBSyxLQUFLLFdBQVdDLElBQUcsS0FBSyxXQUFXLEtBQUssSUFBSTtBQUN2RSxXQUFPLGtCQUFrQixRQUFRO0FBQ25DLE1BQUksQ0FBQyxLQUFLLFNBQVMsS0FBSztBQUN0QixXQUFPLGtCQUFrQixJQUFJO0FBQy9CLFNBQU87QUFDVDtBQUVBLFNBQVMsV0FBVyxNQUFxRDtBQUN2RSxRQUFNLE9BQU87QUFBQSxJQUNYLFNBQVM7QUFBQSxJQUNULFFBQVE7QUFBQSxJQUNSLGNBQWM7QUFBQSxFQUNoQixFQUFFLElBQUk7QUFDTixTQUFPLEdBQUcsSUFBSTtBQUNoQjtBQUdBLFNBQVMsVUFBVSxPQUFvQztBQUNyRCxTQUFRLE1BQW9DO0FBQzlDO0FBUUEsU0FBUyxlQUFlLElBQXNCO0FBQzVDLFFBQU0sRUFBRSxPQUFBQyxPQUFNLElBQUksR0FBRztBQUNyQixRQUFNLE9BQ0osQ0FBQyxTQUNELENBQUMsUUFBUSxPQUFPLFNBQVMsS0FBSyxTQUFTO0FBQ3JDLFVBQU0sUUFBUSxPQUFPLEtBQUs7QUFDMUIsVUFBTSxXQUFXLEtBQUssUUFBUSxPQUFPLFNBQVMsS0FBSyxJQUFJO0FBQ3ZELFFBQUksQ0FBRSxJQUFnQixtQkFBbUIsQ0FBQyxPQUFPLE9BQU8sTUFBTSxVQUFVO0FBQ3RFLGFBQU87QUFDVCxXQUFPLFdBQVcsTUFBTSxJQUFJLENBQUMsQ0FBQyxJQUFJO0FBQUEsRUFDcEM7QUFDRixhQUFXLENBQUMsTUFBTSxJQUFJLEtBQUssT0FBTyxRQUFRQSxNQUFLO0FBQzdDLFFBQUksUUFBUSxTQUFTLGFBQWMsQ0FBQUEsT0FBTSxJQUFJLElBQUksS0FBSyxJQUFJO0FBRTVELFFBQU0sWUFBWUEsT0FBTTtBQUN4QixNQUFJO0FBQ0YsSUFBQUEsT0FBTSxhQUFhLEtBQUssQ0FBQyxRQUFRLE9BQU8sU0FBUyxLQUFjLFNBQVM7QUFDdEUsWUFBTSxXQUFXLFVBQVUsUUFBUSxPQUFPLFNBQVMsS0FBSyxJQUFJO0FBRTVELGlCQUFXLFNBQVMsYUFBYSxHQUFHO0FBQ2xDLFlBQUksRUFBRSxrQkFBa0I7QUFDdEIsZ0JBQU0sZUFBZSxPQUFPLEtBQUssR0FBRyxNQUFNLENBQUM7QUFDL0MsYUFBTztBQUFBLElBQ1QsQ0FBQztBQUVILFFBQU0sY0FBYyxHQUFHLFNBQVMsWUFBWSxLQUFLLEdBQUcsUUFBUTtBQUM1RCxLQUFHLFNBQVMsY0FBYyxDQUFDLFFBQVEsT0FBTyxZQUFZO0FBQ3BELFVBQU0sUUFBUSxPQUFPLEtBQUs7QUFDMUIsVUFBTSxXQUFXLFlBQVksUUFBUSxPQUFPLE9BQU87QUFFbkQsUUFBSSxDQUFDLGFBQWEsQ0FBQyxPQUFPLE9BQU8sTUFBTSxVQUFVLEtBQUssQ0FBQyxNQUFNO0FBQzNELGFBQU87QUFDVCxXQUFPLFdBQVcsTUFBTSxJQUFJLENBQUMsQ0FBQyxJQUFJO0FBQUEsRUFDcEM7QUFDQSxNQUFJLFlBQVk7QUFDaEIsUUFBTSxTQUFTLEdBQUcsU0FBUyxPQUFPLEtBQUssR0FBRyxRQUFRO0FBQ2xELEtBQUcsU0FBUyxTQUFTLENBQUMsUUFBUSxTQUFTLFFBQWlCO0FBQ3RELGdCQUFZLEtBQUssb0JBQW9CO0FBQ3JDLFFBQUk7QUFDRixhQUFPLE9BQU8sUUFBUSxTQUFTLEdBQUc7QUFBQSxJQUNwQyxVQUFFO0FBQ0Esa0JBQVk7QUFBQSxJQUNkO0FBQUEsRUFDRjtBQUNGO0FBRUEsU0FBUyxhQUFhLEtBQXlCO0FBQzdDLFFBQU0sU0FBUyxJQUFJO0FBQ25CLFNBQU8sU0FDSCxDQUFDLEdBQUcsT0FBTyxTQUFTLEdBQUcsT0FBTyxRQUFRLEdBQUcsT0FBTyxZQUFZLElBQzVELENBQUM7QUFDUDs7O0FNL05BLFNBQVMsWUFBWSxPQUFvQztBQUN2RCxNQUFJLGlCQUFpQixLQUFNLFFBQU8sTUFBTSxZQUFZLEVBQUUsTUFBTSxHQUFHLEVBQUU7QUFDakUsU0FBTyxPQUFPLFVBQVUsWUFBWSxNQUFNLEtBQUssTUFBTSxLQUFLLFFBQVE7QUFDcEU7QUFFTyxTQUFTLG9CQUNkLElBQ0EsU0FDTTtBQUNOLEtBQUcsS0FBSyxNQUFNLEtBQUssa0JBQWtCLENBQUMsVUFBVTtBQUM5QyxVQUFNLE1BQU0sTUFBTTtBQUNsQixVQUFNQyxXQUFVLEtBQUssYUFBYTtBQUNsQyxVQUFNLGdCQUFnQixZQUFZLEtBQUssYUFBYSxhQUFhO0FBQ2pFLFFBQUksT0FBT0EsYUFBWSxZQUFZLENBQUMsY0FBZTtBQUVuRCxVQUFNLE9BQU8sR0FBRyxXQUFXLElBQUksS0FBSyxnQkFBZ0IsRUFBRTtBQUN0RCxVQUFNLFNBQVMsUUFBUSxTQUFTLEtBQUssQ0FBQyxTQUFTLEtBQUssU0FBUyxJQUFJO0FBQ2pFLFVBQU0sY0FBYyxTQUNoQixHQUFHLFFBQVEsV0FBVyxJQUFJLE9BQU8sRUFBRSxLQUNuQyxRQUFRO0FBRVosVUFBTSxTQUFTLEdBQUcsTUFBTTtBQUN4QixVQUFNLFFBQVEsSUFBSSxNQUFNLE1BQU0sY0FBYyxJQUFJLENBQUM7QUFDakQsVUFBTSxVQUNKLDJCQUEyQixPQUFPQSxRQUFPLENBQUMscUJBQ3ZCLE9BQU8sYUFBYSxDQUFDLG1CQUN2QixPQUFPLFdBQVcsQ0FBQztBQUFBO0FBR3RDLFVBQU0sV0FBVyxNQUFNLE9BQU87QUFBQSxNQUM1QixDQUFDLE1BQU0sRUFBRSxTQUFTLG1CQUFtQixFQUFFLFFBQVE7QUFBQSxJQUNqRDtBQUNBLFVBQU0sT0FBTyxPQUFPLFdBQVcsR0FBRyxHQUFHLEtBQUs7QUFBQSxFQUM1QyxDQUFDO0FBQ0g7OztBQ3pDQSxJQUFNLFNBQVM7QUFHUixTQUFTLHFCQUNkQyxZQUNxQjtBQUNyQixRQUFNLFVBQVUsb0JBQUksSUFBb0I7QUFBQSxJQUN0QyxDQUFDLFNBQVNBLFdBQVUsTUFBTSxTQUFTO0FBQUEsSUFDbkMsQ0FBQyxjQUFjQSxXQUFVLFFBQVEsVUFBVTtBQUFBLEVBQzdDLENBQUM7QUFDRCxhQUFXLFlBQVlBLFdBQVU7QUFDL0IsWUFBUSxJQUFJLFNBQVMsSUFBSSxTQUFTLEdBQUc7QUFDdkMsU0FBTztBQUNUO0FBTU8sU0FBUyxxQkFDZCxNQUNBLFNBQ0EsT0FDUTtBQUNSLE1BQUksQ0FBQyxLQUFLLFdBQVcsTUFBTSxFQUFHLFFBQU87QUFDckMsUUFBTSxLQUFLLEtBQUssTUFBTSxPQUFPLE1BQU07QUFDbkMsUUFBTSxTQUFTLFFBQVEsSUFBSSxFQUFFO0FBQzdCLE1BQUksV0FBVyxRQUFXO0FBQ3hCLFVBQU0sSUFBSTtBQUFBLE1BQ1IsR0FBRyxLQUFLLG1CQUFtQixJQUFJLGtCQUNkLENBQUMsR0FBRyxRQUFRLEtBQUssQ0FBQyxFQUFFLElBQUksQ0FBQyxRQUFRLFNBQVMsR0FBRyxFQUFFLEtBQUssSUFBSSxDQUFDO0FBQUEsSUFFNUU7QUFBQSxFQUNGO0FBQ0EsU0FBTztBQUNUO0FBRU8sU0FBUyxxQkFDZCxJQUNBLFNBQ007QUFDTixRQUFNLFVBQVUscUJBQXFCLFFBQVEsU0FBUztBQUd0RCxRQUFNLGVBQWUsR0FBRyxhQUFhLEtBQUssRUFBRTtBQUM1QyxLQUFHLGVBQWUsQ0FBQyxRQUFRLElBQUksV0FBVyxNQUFNLEtBQUssYUFBYSxHQUFHO0FBRXJFLEtBQUcsS0FBSyxNQUFNLEtBQUssbUJBQW1CLENBQUMsVUFBVTtBQUMvQyxlQUFXLFNBQVMsTUFBTSxRQUFRO0FBQ2hDLGlCQUFXLFNBQVMsTUFBTSxZQUFZLENBQUMsR0FBRztBQUN4QyxZQUFJLE1BQU0sU0FBUyxZQUFhO0FBQ2hDLGNBQU0sT0FBTyxNQUFNLFFBQVEsTUFBTTtBQUNqQyxZQUFJLFNBQVMsS0FBTTtBQUNuQixjQUFNLFFBQVEsZUFBZSxNQUFNLEtBQUssTUFBTSxHQUFHO0FBQ2pELGNBQU0sUUFBUSxRQUFRLHFCQUFxQixNQUFNLFNBQVMsS0FBSyxDQUFDO0FBQUEsTUFDbEU7QUFBQSxJQUNGO0FBQUEsRUFDRixDQUFDO0FBQ0g7OztBbkQ1RXNKLElBQU1DLDRDQUEyQztBQTRDdk0sSUFBTUMsZUFBY0MsZUFBYyxJQUFJLElBQUksT0FBT0YseUNBQWUsQ0FBQztBQUNqRSxJQUFNLGVBQWVFLGVBQWMsSUFBSSxJQUFJLGFBQWFGLHlDQUFlLENBQUM7QUFDeEUsSUFBTUcsZUFBY0QsZUFBYyxJQUFJLElBQUksV0FBV0YseUNBQWUsQ0FBQztBQUNyRSxJQUFNLGlCQUFpQkUsZUFBYyxJQUFJLElBQUksT0FBT0YseUNBQWUsQ0FBQztBQUNwRSxJQUFNLGNBQWMscUJBQXFCLFNBQVM7QUFFbEQsSUFBTSxlQUFlLHVCQUF1QjtBQUFBLEVBQzFDLFdBQVc7QUFBQSxFQUNYLFdBQVcsTUFBTTtBQUFBLElBQ2YsR0FBRztBQUFBLElBQ0gsR0FBRyxXQUFXLEtBQUssRUFBRSxJQUFJLENBQUNJLFVBQVNBLE1BQUssSUFBSTtBQUFBLElBQzVDLEdBQUcsVUFBVSxJQUFJLENBQUMsYUFBYSxTQUFTLElBQUk7QUFBQSxFQUM5QztBQUNGLENBQUM7QUFDRCxJQUFNLFFBQVEsVUFBVTtBQUV4QixXQUFXLEtBQUs7QUFFaEIsSUFBTSxlQUFlLG9CQUFJLElBQXlCO0FBSWxELElBQU0saUJBQWlCLGNBQWMsY0FBYyxNQUFNO0FBRXpELElBQU0sT0FBcUI7QUFBQTtBQUFBLEVBRXpCO0FBQUEsSUFDRTtBQUFBLElBQ0EsRUFBRSxLQUFLLFFBQVEsTUFBTSxHQUFHLFFBQVEsZUFBZSxNQUFNLGdCQUFnQjtBQUFBLEVBQ3ZFO0FBQUEsRUFDQSxDQUFDLFFBQVEsRUFBRSxNQUFNLGVBQWUsU0FBUyxVQUFVLENBQUM7QUFDdEQ7QUFHQSxJQUFPLGlCQUFRLHNCQUF1QztBQUFBLEVBQ3BELFFBQVE7QUFBQTtBQUFBO0FBQUEsRUFHUixNQUFNO0FBQUEsRUFDTixNQUFNLFVBQVU7QUFBQSxFQUNoQixPQUFPLEdBQUcsVUFBVSxJQUFJO0FBQUEsRUFDeEIsYUFBYSxVQUFVO0FBQUEsRUFDdkIsV0FBVztBQUFBLEVBQ1gsYUFBYTtBQUFBO0FBQUE7QUFBQSxFQUdiLFlBQVksRUFBRSxtQkFBbUIsTUFBTTtBQUFBO0FBQUE7QUFBQTtBQUFBLEVBSXZDLFFBQVEsRUFBRSxlQUFlLE1BQU07QUFBQSxFQUMvQjtBQUFBO0FBQUEsRUFFQSxTQUFTO0FBQUEsSUFDUCxVQUFVLElBQUksSUFBSSxVQUFVLEdBQUcsT0FBTyxHQUFHLEVBQUU7QUFBQSxJQUMzQyxnQkFBZ0IsQ0FBQyxVQUNmLGlCQUNJLFFBQ0EsTUFBTSxJQUFJLENBQUMsVUFBVSxFQUFFLEdBQUcsTUFBTSxTQUFTLE9BQVUsRUFBRTtBQUFBLEVBQzdEO0FBQUEsRUFFQSxVQUFVO0FBQUEsSUFDUixPQUFPLElBQUk7QUFDVCxTQUFHLElBQUksc0JBQXNCLEVBQUUsVUFBVSxDQUFDO0FBQzFDLFNBQUcsSUFBSSxxQkFBcUIsRUFBRSxXQUFXLE1BQU0sQ0FBQztBQUNoRCxTQUFHLElBQUkseUJBQXlCLEVBQUUsUUFBUSxlQUFlLENBQUM7QUFDMUQsU0FBRyxJQUFJLHFCQUFxQjtBQUFBLFFBQzFCLFVBQVU7QUFBQSxRQUNWLGFBQWE7QUFBQSxNQUNmLENBQUM7QUFFRCxTQUFHLElBQUksc0JBQXNCO0FBQzdCLFNBQUcsSUFBSSxtQkFBbUI7QUFDMUIsU0FBRyxJQUFJLGFBQWEsY0FBYztBQUVsQyxTQUFHLElBQUksb0JBQW9CLEVBQUUsUUFBUUQsYUFBWSxDQUFDO0FBQUEsSUFDcEQ7QUFBQSxFQUNGO0FBQUE7QUFBQTtBQUFBLEVBSUEsa0JBQWtCLFVBQVU7QUFDMUIsUUFBSSxDQUFDLGVBQWdCLFFBQU8sU0FBUztBQUNyQyxVQUFNLFVBQ0osU0FBUyxZQUFZLE1BQ3BCO0FBQ0gsZUFBVyxVQUFVLFdBQVcsQ0FBQyxHQUFHO0FBQ2xDLFVBQUksT0FBTyxNQUFNO0FBQ2YsZUFBTyxPQUFPO0FBQUEsVUFDWixPQUFPO0FBQUEsVUFDUDtBQUFBLFVBQ0EsUUFBUSxTQUFTLFlBQVk7QUFBQSxRQUMvQjtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQ0EsV0FBTztBQUFBLE1BQ0wsaUJBQWlCLGtCQUFrQixTQUFTLGFBQWEsVUFBVSxJQUFJO0FBQUEsSUFDekU7QUFBQSxFQUNGO0FBQUE7QUFBQSxFQUdBLGVBQWUsQ0FBQyxNQUFNLE9BQU8sRUFBRSxLQUFLLE1BQ2xDLHNCQUFzQixNQUFNLFFBQVEsSUFBSSxFQUFFO0FBQUE7QUFBQSxFQUc1QyxLQUFLLEVBQUUsVUFBVSxFQUFFLFlBQVksTUFBTSxFQUFFO0FBQUE7QUFBQSxFQUd2QyxjQUFjLEVBQUUsTUFBTSxVQUFVLE9BQU8sV0FBVyxHQUFHO0FBQ25ELFFBQUksU0FBUyxTQUFVLFFBQU8sQ0FBQztBQUMvQixVQUFNLFVBQVU7QUFBQSxNQUNkLEdBQUcsWUFBWTtBQUFBLFFBQ2I7QUFBQSxRQUNBLE9BQU8sU0FBUztBQUFBLFFBQ2hCLGFBQWEsU0FBUyxZQUFZO0FBQUEsUUFDbEMsVUFBVSxNQUFNRSxjQUFhLEdBQUcsV0FBVyxNQUFNLElBQUksSUFBSSxJQUFJLE1BQU07QUFBQSxRQUNuRTtBQUFBLFFBQ0EsU0FBUztBQUFBLE1BQ1gsQ0FBQztBQUFBLE1BQ0QsZUFBZTtBQUFBLElBQ2pCO0FBQ0EsaUJBQWEsSUFBSSxTQUFTLElBQUksR0FBRyxPQUFPO0FBQ3hDLFdBQU8sZ0JBQWdCLE9BQU87QUFBQSxFQUNoQztBQUFBO0FBQUE7QUFBQTtBQUFBO0FBQUE7QUFBQSxFQU9BLE1BQU0sU0FBUyxZQUFZO0FBQ3pCLFVBQU0sYUFBYSxhQUFhLElBQUksU0FBUyxTQUFTLENBQUMsR0FBRztBQUMxRCxRQUFJLENBQUM7QUFDSCxZQUFNLElBQUksTUFBTSxrQkFBa0IsU0FBUyxpQkFBaUI7QUFDOUQsVUFBTSxhQUFhO0FBQUEsTUFDakI7QUFBQSxNQUNBO0FBQUEsTUFDQTtBQUFBLE1BQ0E7QUFBQSxNQUNBLFVBQVUsYUFBYUosWUFBVztBQUFBLE1BQ2xDLFNBQVM7QUFBQSxNQUNUO0FBQUEsTUFDQTtBQUFBLElBQ0YsQ0FBQztBQUNELFVBQU0saUJBQWlCO0FBQUEsTUFDckI7QUFBQSxNQUNBO0FBQUEsTUFDQSxPQUFPO0FBQUEsTUFDUDtBQUFBLE1BQ0E7QUFBQSxNQUNBLFVBQVVLLE9BQUssY0FBYyxhQUFhO0FBQUEsSUFDNUMsQ0FBQztBQUNELHlCQUFxQixXQUFXLE1BQU07QUFBQSxFQUN4QztBQUFBLEVBRUEsTUFBTTtBQUFBO0FBQUEsSUFFSixXQUFXO0FBQUE7QUFBQTtBQUFBLElBR1gsU0FBUyxDQUFDLHFCQUFxQkgsWUFBVyxHQUFHLGFBQWEsVUFBVTtBQUFBLElBQ3BFLFNBQVM7QUFBQSxNQUNQLE9BQU87QUFBQSxRQUNMO0FBQUE7QUFBQSxVQUVFLE1BQU07QUFBQSxVQUNOLGFBQWFEO0FBQUEsWUFDWCxJQUFJLElBQUksdUNBQXVDRix5Q0FBZTtBQUFBLFVBQ2hFO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQTtBQUFBLFVBRUUsTUFBTTtBQUFBLFVBQ04sYUFBYUU7QUFBQSxZQUNYLElBQUksSUFBSSwyQ0FBMkNGLHlDQUFlO0FBQUEsVUFDcEU7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBO0FBQUE7QUFBQSxVQUdFLE1BQU07QUFBQSxVQUNOLGFBQWEsR0FBR007QUFBQSxZQUNkQztBQUFBLGNBQ0VDLGVBQWNSLHlDQUFlLEVBQUUsUUFBUSx3QkFBd0I7QUFBQSxZQUNqRTtBQUFBLFlBQ0E7QUFBQSxVQUNGLENBQUM7QUFBQSxRQUNIO0FBQUEsUUFDQTtBQUFBO0FBQUEsVUFFRSxNQUFNO0FBQUEsVUFDTixhQUFhRTtBQUFBLFlBQ1gsSUFBSSxJQUFJLHVDQUF1Q0YseUNBQWU7QUFBQSxVQUNoRTtBQUFBLFFBQ0Y7QUFBQSxRQUNBO0FBQUE7QUFBQSxVQUVFLE1BQU07QUFBQSxVQUNOLGFBQWFFO0FBQUEsWUFDWCxJQUFJLElBQUksZ0NBQWdDRix5Q0FBZTtBQUFBLFVBQ3pEO0FBQUEsUUFDRjtBQUFBLFFBQ0E7QUFBQTtBQUFBLFVBRUUsTUFBTTtBQUFBLFVBQ04sYUFBYUU7QUFBQSxZQUNYLElBQUksSUFBSSxxQ0FBcUNGLHlDQUFlO0FBQUEsVUFDOUQ7QUFBQSxRQUNGO0FBQUEsUUFDQTtBQUFBO0FBQUEsVUFFRSxNQUFNO0FBQUEsVUFDTixhQUFhRTtBQUFBLFlBQ1gsSUFBSSxJQUFJLHNDQUFzQ0YseUNBQWU7QUFBQSxVQUMvRDtBQUFBLFFBQ0Y7QUFBQSxNQUNGO0FBQUEsSUFDRjtBQUFBLEVBQ0Y7QUFBQSxFQUVBLGFBQWE7QUFBQSxJQUNYO0FBQUEsSUFDQSxLQUFLO0FBQUEsTUFDSDtBQUFBLFFBQ0UsTUFBTTtBQUFBLFFBQ04sTUFBTTtBQUFBLFFBQ04sYUFBYTtBQUFBLE1BQ2Y7QUFBQSxNQUNBO0FBQUEsUUFDRSxNQUFNO0FBQUEsUUFDTixNQUFNO0FBQUEsUUFDTixhQUFhO0FBQUEsTUFDZjtBQUFBLE1BQ0E7QUFBQSxRQUNFLE1BQU07QUFBQSxRQUNOLE1BQU07QUFBQSxRQUNOLGFBQWE7QUFBQSxNQUNmO0FBQUEsSUFDRjtBQUFBLElBQ0EsU0FBUztBQUFBLE1BQ1A7QUFBQSxRQUNFLE1BQU07QUFBQSxRQUNOLE9BQU87QUFBQSxVQUNMLEVBQUUsTUFBTSxtQkFBbUIsTUFBTSxhQUFhO0FBQUEsVUFDOUMsRUFBRSxNQUFNLGVBQWUsTUFBTSxlQUFlO0FBQUEsVUFDNUMsRUFBRSxNQUFNLG1CQUFtQixNQUFNLG1CQUFtQjtBQUFBLFFBQ3REO0FBQUEsTUFDRjtBQUFBLE1BQ0E7QUFBQSxRQUNFLE1BQU07QUFBQSxRQUNOLE9BQU87QUFBQSxVQUNMLEVBQUUsTUFBTSxXQUFXLE1BQU0sV0FBVztBQUFBLFVBQ3BDLEVBQUUsTUFBTSxpQkFBaUIsTUFBTSxpQkFBaUI7QUFBQSxRQUNsRDtBQUFBLE1BQ0Y7QUFBQSxJQUNGO0FBQUEsSUFDQSxTQUFTLEVBQUUsT0FBTyxDQUFDLEdBQUcsQ0FBQyxHQUFHLE9BQU8sZUFBZTtBQUFBLElBQ2hELGFBQWE7QUFBQSxNQUNYO0FBQUEsUUFDRSxNQUFNO0FBQUEsUUFDTixNQUFNLFVBQVUsUUFBUTtBQUFBLFFBQ3hCLFdBQVcsR0FBRyxVQUFVLFFBQVEsSUFBSTtBQUFBLE1BQ3RDO0FBQUEsTUFDQTtBQUFBLFFBQ0UsTUFBTTtBQUFBLFFBQ04sTUFBTSxVQUFVLE1BQU07QUFBQSxRQUN0QixXQUFXLFlBQVksVUFBVSxJQUFJO0FBQUEsTUFDdkM7QUFBQSxJQUNGO0FBQUEsSUFDQSxRQUFRO0FBQUEsTUFDTixVQUFVO0FBQUEsTUFDVixTQUFTO0FBQUEsUUFDUCxjQUFjLEVBQUUsUUFBUSxFQUFFLFlBQVksU0FBUyxFQUFFO0FBQUEsTUFDbkQ7QUFBQSxJQUNGO0FBQUE7QUFBQSxJQUVBLFVBQVUsaUJBQ04sRUFBRSxTQUFTLGdCQUFnQixjQUFjLEdBQUcsTUFBTSxpQkFBaUIsSUFDbkU7QUFBQSxJQUNKLGFBQWE7QUFBQSxNQUNYLE1BQU07QUFBQSxNQUNOLGVBQWUsRUFBRSxXQUFXLE9BQU87QUFBQSxJQUNyQztBQUFBLElBQ0EsWUFBWTtBQUFBLElBQ1osU0FBUztBQUFBLElBQ1QsUUFBUTtBQUFBO0FBQUE7QUFBQSxNQUdOLFNBQ0UseUJBQXlCLFVBQVUsSUFBSSx3REFDM0IsUUFBUTtBQUFBLElBQ3hCO0FBQUEsRUFDRjtBQUNGLENBQUM7IiwKICAibmFtZXMiOiBbInJlYWRGaWxlU3luYyIsICJjcmVhdGVSZXF1aXJlIiwgImRpcm5hbWUiLCAiam9pbiIsICJmaWxlVVJMVG9QYXRoIiwgImpvaW4iLCAicnVsZXMiLCAidGV4dCIsICJsaW5lIiwgImVsZW1lbnQiLCAidGV4dCIsICJuYW1lIiwgInRleHQiLCAiam9pbiIsICJydWxlcyIsICJsaW5lIiwgImNvbW11bml0eSIsICJzaXRlVXJsIiwgInJlYWRGaWxlU3luYyIsICJ0ZXh0IiwgImhlYWQiLCAibGluZSIsICJsaW5lIiwgImxpbmUiLCAidGV4dCIsICJydWxlcyIsICJvcGVuIiwgInJlYWRGaWxlU3luYyIsICJyZWxhdGl2ZSIsICJzaXRlVXJsIiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgInJlZnJlc2hVcmwiLCAiZWxlbWVudCIsICJsaW5rIiwgInJ1bGVzIiwgInByb2plY3RSb290IiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgImV4aXN0c1N5bmMiLCAicmVhZEZpbGVTeW5jIiwgIndyaXRlRmlsZVN5bmMiLCAiam9pbiIsICJNYXJrZG93bkl0IiwgIk1hcmtkb3duSXQiLCAiY2hpbGRyZW4iLCAidGV4dCIsICJsaW5lIiwgInRleHQiLCAiY29tbXVuaXR5IiwgInBhZ2VQYXRoIiwgInNpdGVVcmwiLCAiY29tbXVuaXR5IiwgInRleHQiLCAibGluZSIsICJjb21tdW5pdHkiLCAicnVsZXMiLCAic2l0ZVVybCIsICJsaW5lIiwgInRleHQiLCAiaGVhZCIsICJyZWRpcmVjdHMiLCAicnVsZXMiLCAic2l0ZVVybCIsICJsaW5rIiwgImNvbW11bml0eSIsICJzaXRlVXJsIiwgImpvaW4iLCAid3JpdGVGaWxlU3luYyIsICJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyIsICJydWxlcyIsICJyZWxhdGl2ZSIsICJjcmVhdGVIYXNoIiwgImV4aXN0c1N5bmMiLCAibWtkaXJTeW5jIiwgInJlYWRGaWxlU3luYyIsICJ3cml0ZUZpbGVTeW5jIiwgImRpcm5hbWUiLCAiam9pbiIsICJyZWFkRmlsZVN5bmMiLCAiZGlybmFtZSIsICJqb2luIiwgIl9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwiLCAicmVxdWlyZSIsICJqb2luIiwgImRpcm5hbWUiLCAicmVhZEZpbGVTeW5jIiwgImNoaWxkcmVuIiwgImV4aXN0c1N5bmMiLCAicmVhZEZpbGVTeW5jIiwgInRleHQiLCAiY3JlYXRlSGFzaCIsICJqb2luIiwgIm1rZGlyU3luYyIsICJ3cml0ZUZpbGVTeW5jIiwgImRpcm5hbWUiLCAiY29tbXVuaXR5IiwgInJlbGF0aXZlIiwgImV4aXN0c1N5bmMiLCAiam9pbiIsICJsaW5rIiwgImd1ZXNzIiwgImpvaW4iLCAiZXhpc3RzU3luYyIsICJlc2NhcGVBdHRyaWJ1dGUiLCAiZ3JvdXAiLCAiZXhpc3RzU3luYyIsICJyZWFkRmlsZVN5bmMiLCAiam9pbiIsICJyZWxhdGl2ZSIsICJyZXNvbHZlIiwgInNlcCIsICJlbGVtZW50IiwgInVybEF0dHJpYnV0ZXMiLCAic2NoZW1lIiwgImxpbmUiLCAiYXR0cmlidXRlIiwgInVybEF0dHJpYnV0ZXMiLCAidGV4dCIsICJleGlzdHNTeW5jIiwgInJlYWRGaWxlU3luYyIsICJkaXJuYW1lIiwgImpvaW4iLCAicmVsYXRpdmUiLCAic2VwIiwgImxpbmUiLCAiam9pbiIsICJkaXJuYW1lIiwgInJlbGF0aXZlIiwgInNlcCIsICJ0ZXh0IiwgImV4aXN0c1N5bmMiLCAicmVhZEZpbGVTeW5jIiwgInBhZ2VzRm9sZGVyIiwgImZhaWwiLCAibGluZSIsICJqb2luIiwgImV4aXN0c1N5bmMiLCAicmVhZEZpbGVTeW5jIiwgInJlbGF0aXZlIiwgInJlc29sdmUiLCAic2VwIiwgInJ1bGVzIiwgInZlcnNpb24iLCAiY29tbXVuaXR5IiwgIl9fdml0ZV9pbmplY3RlZF9vcmlnaW5hbF9pbXBvcnRfbWV0YV91cmwiLCAicHJvamVjdFJvb3QiLCAiZmlsZVVSTFRvUGF0aCIsICJwYWdlc0ZvbGRlciIsICJsaW5rIiwgInJlYWRGaWxlU3luYyIsICJqb2luIiwgImRpcm5hbWUiLCAiY3JlYXRlUmVxdWlyZSJdCn0K
