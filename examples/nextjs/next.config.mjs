/** @type {import('next').NextConfig} */
const nextConfig = {
  // The example lives inside the kit's repository: keep Next's file tracing to this folder.
  turbopack: { root: import.meta.dirname },
  outputFileTracingRoot: import.meta.dirname,
}

export default nextConfig
