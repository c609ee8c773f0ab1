interface EndpointParameters {
  Endpoint?: string;
  [name: string]: unknown;
}
interface ResolvedEndpoint {
  url: URL;
}
type EndpointProvider<P extends EndpointParameters, R extends ResolvedEndpoint, C> = (params: P, context?: C) => R;

/** An IPv4 address, an IPv6 one (a URL brackets it) or localhost: no name can be put in front of it. Not node:net, which would load sockets into every command. */
const isLiteralHost = (hostname: string) => /^\d{1,3}(?:\.\d{1,3}){3}$/.test(hostname) || hostname.startsWith('[') || hostname === 'localhost';

/**
 * S3 Control's endpoint rules put the account id in front of the endpoint's host
 * (`123456789012.s3-control.us-east-1.amazonaws.com`), and in front of a configured AWS_ENDPOINT_URL
 * too. On an IP literal or `localhost` (an emulator on loopback) that makes a name that cannot
 * resolve: there the label is left off, and the account id still travels in the `x-amz-account-id`
 * header, as AWS reads it. Every other host, AWS's own and a PrivateLink endpoint's, keeps AWS's rules.
 */
export function withoutAccountLabelOnLiteralHosts<P extends EndpointParameters, R extends ResolvedEndpoint, C>(provider: EndpointProvider<P, R, C>): EndpointProvider<P, R, C> {
  return (params, context) => {
    const configured = params.Endpoint === undefined ? undefined : new URL(params.Endpoint);
    if (!configured || !isLiteralHost(configured.hostname)) return provider(params, context);
    const placeholder = new URL(configured);
    placeholder.hostname = 'literal.invalid';
    const resolved = provider({ ...params, Endpoint: placeholder.href }, context);
    const url = new URL(resolved.url);
    url.host = configured.host;
    return { ...resolved, url };
  };
}
