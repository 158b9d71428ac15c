using System.Reflection;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>What kind of endpoint the app's own list holds.</summary>
public enum SurfaceKind
{
    /// <summary>An API endpoint: must have a row in <see cref="EndpointTable"/>.</summary>
    Api,
    /// <summary>A Blazor page route (the host page; its data comes from the API): public by design.</summary>
    Page,
    /// <summary>A static file (MapStaticAssets, the framework's files): public by design, sampled.</summary>
    Static,
    /// <summary>A hub's connection endpoint: its methods are the hub matrix.</summary>
    HubConnection,
}

/// <summary>One callable thing of the running app: "METHOD pattern" and its kind.</summary>
public sealed record SurfaceEntry(string Key, string Method, string Pattern, SurfaceKind Kind, bool HasAuthorizeData);

/// <summary>The app's surface read from the running app: its EndpointDataSource and the hub types it maps.</summary>
public static class AppSurface
{
    public static IReadOnlyList<SurfaceEntry> Endpoints(IServiceProvider services)
    {
        var source = (EndpointDataSource)services.GetService(typeof(EndpointDataSource))!;
        var entries = new List<SurfaceEntry>();
        foreach (var endpoint in source.Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? string.Empty).TrimStart('/');
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? [];
            var kind = Classify(endpoint, pattern, methods);
            var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Count > 0;
            foreach (var method in methods.Count == 0 ? ["*"] : methods.Where(m => m is not ("HEAD" or "OPTIONS")))
            {
                entries.Add(new SurfaceEntry($"{method} {pattern}", method, pattern, kind, authorize));
            }
        }
        return [.. entries.DistinctBy(e => e.Key).OrderBy(e => e.Key, StringComparer.Ordinal)];
    }

    /// <summary>Every hub type the app maps, and its public methods as "Hub.Method".</summary>
    public static IReadOnlyList<(Type Hub, MethodInfo Method, string Key)> HubMethods(IServiceProvider services)
    {
        var source = (EndpointDataSource)services.GetService(typeof(EndpointDataSource))!;
        var hubs = source.Endpoints.Select(e => e.Metadata.GetMetadata<HubMetadata>()?.HubType).OfType<Type>().Distinct();
        return [.. hubs
            .SelectMany(hub => hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == hub)
                .Select(m => (hub, m, $"{hub.Name}.{m.Name}")))
            .OrderBy(h => h.Item3, StringComparer.Ordinal)];
    }

    private static SurfaceKind Classify(RouteEndpoint endpoint, string pattern, IReadOnlyList<string> methods)
    {
        if (endpoint.Metadata.GetMetadata<HubMetadata>() is not null && !pattern.EndsWith("/negotiate", StringComparison.Ordinal))
        {
            return SurfaceKind.HubConnection;
        }
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null)
        {
            return SurfaceKind.Page;
        }
        // Blazor's framework files (resource collection) are mapped without an HTTP method filter.
        var readOnly = methods.Count > 0 ? methods.All(m => m is "GET" or "HEAD") : pattern.StartsWith("/_framework/", StringComparison.Ordinal);
        var underApp = pattern.StartsWith("/api", StringComparison.Ordinal) || pattern.StartsWith("/hubs", StringComparison.Ordinal) ||
            pattern is "/health" or "/alive" or "/metrics";
        return readOnly && !underApp && endpoint.Metadata.GetMetadata<IAuthorizeData>() is null ? SurfaceKind.Static : SurfaceKind.Api;
    }
}
