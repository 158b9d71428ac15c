using System.Net;
using Microsoft.AspNetCore.Hosting;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WebAttention.Reliability.Tests.Authorization;
using Xunit.Abstractions;

namespace WebAttention.Reliability.Tests.Headers;

/// <summary>
/// Issue 15 item 6, headers: asserted on real responses of the real server over loopback sockets (a page, an API
/// refusal, a static file), and HSTS on a real HTTPS listener with a certificate made for the test.
/// </summary>
public sealed class SecurityHeadersTests(ITestOutputHelper output)
{
    private static readonly string[] Paths = ["/", "/api/auth/me", "/_content/MudBlazor/MudBlazor.min.css"];

    [Fact]
    public async Task Every_response_carries_the_security_headers_and_a_tight_policy()
    {
        await using var server = new AuthzServer();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var table = new ReliabilityTable("headers", "check", "expected", "observed");
        var failures = new List<string>();
        foreach (var path in Paths)
        {
            using var response = await http.GetAsync(path);
            Check(table, failures, $"{path}: X-Content-Type-Options", "nosniff", Header(response, "X-Content-Type-Options"));
            Check(table, failures, $"{path}: X-Frame-Options", "DENY", Header(response, "X-Frame-Options"));
            Check(table, failures, $"{path}: Referrer-Policy", "no-referrer", Header(response, "Referrer-Policy"));
            Check(table, failures, $"{path}: Strict-Transport-Security over HTTP", "(none)", Header(response, "Strict-Transport-Security"));
            var policy = ContentSecurityPolicy.Parse(Header(response, "Content-Security-Policy"));
            Check(table, failures, $"{path}: CSP frame-ancestors", "'none'", policy.Get("frame-ancestors"));
            Check(table, failures, $"{path}: CSP script-src", "'self' 'wasm-unsafe-eval'", policy.Get("script-src"));
            Check(table, failures, $"{path}: CSP connect-src", "'self'", policy.Get("connect-src"));
            Check(table, failures, $"{path}: CSP object-src", "'none'", policy.Get("object-src"));
            Check(table, failures, $"{path}: CSP default-src", "'self'", policy.Get("default-src"));
            Check(table, failures, $"{path}: CSP worker-src", "'self' blob:", policy.Get("worker-src"));
        }
        table.Publish(output);
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Https_responses_carry_strict_transport_security()
    {
        using var certificate = SelfSignedCertificate();
        await using var server = new AuthzServer(kestrel: k => k.Listen(IPAddress.Loopback, 0, l => l.UseHttps(certificate)));
        using var handler = new HttpClientHandler
        {
            AllowAutoRedirect = false,
            // The test's own certificate: accept exactly it.
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint,
        };
        using var http = new HttpClient(handler) { BaseAddress = server.BaseAddress };
        Assert.Equal("https", server.BaseAddress.Scheme);

        // A real host name (loopback names are excluded from HSTS by ASP.NET Core on purpose, so a developer's
        // browser does not pin https on localhost); the request still goes to the loopback socket.
        using var named = new HttpRequestMessage(HttpMethod.Get, "/api/auth/me");
        named.Headers.Host = "webattention.example";
        using var response = await http.SendAsync(named);
        using var local = await http.GetAsync("/api/auth/me");

        var table = new ReliabilityTable("headers-hsts", "check", "expected", "observed");
        table.Add("HTTPS, Host webattention.example: Strict-Transport-Security", "max-age=31536000", Header(response, "Strict-Transport-Security"));
        table.Add("HTTPS, Host 127.0.0.1 (excluded loopback)", "(none)", Header(local, "Strict-Transport-Security"));
        table.Publish(output);
        Assert.Equal("max-age=31536000", Header(response, "Strict-Transport-Security"));
        Assert.Equal("(none)", Header(local, "Strict-Transport-Security"));
    }

    private static void Check(ReliabilityTable table, List<string> failures, string check, string expected, string observed)
    {
        table.Add(check, expected, observed);
        if (expected != observed)
        {
            failures.Add($"{check}: expected {expected}, observed {observed}");
        }
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : "(none)";

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=webattention.example", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("webattention.example");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        // Kestrel needs the private key in a form the TLS stack can use: round-trip through PKCS#12.
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pkcs12), password: null);
    }
}

/// <summary>A Content-Security-Policy header split into directives.</summary>
public sealed class ContentSecurityPolicy(IReadOnlyDictionary<string, string> directives)
{
    public static ContentSecurityPolicy Parse(string header) => new(header
        .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(d => d.Split(' ', 2, StringSplitOptions.TrimEntries))
        .ToDictionary(p => p[0], p => p.Length > 1 ? p[1] : string.Empty, StringComparer.OrdinalIgnoreCase));

    /// <summary>The directive's sources, or "(none)" when the policy lacks it.</summary>
    public string Get(string directive) => directives.TryGetValue(directive, out var value) ? value : "(none)";
}
