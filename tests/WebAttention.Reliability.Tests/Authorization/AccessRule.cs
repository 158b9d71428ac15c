using WebAttention.Core.Review;

namespace WebAttention.Reliability.Tests.Authorization;

/// <summary>Who an endpoint or hub method is for.</summary>
public enum Access
{
    /// <summary>Everyone, signed in or not (sign-in itself, health, pages, static files).</summary>
    Public,
    /// <summary>Callers on this machine or Admins (<c>/metrics</c>, default <c>Metrics:Access</c>); the matrix runs on loopback, so everyone.</summary>
    LoopbackOrAdmin,
    /// <summary>Any account (not guests).</summary>
    SignedIn,
    /// <summary>The clip's owner or an Admin (the creator's own endpoints: <c>ClipAccess</c>).</summary>
    OwnerOrAdmin,
    /// <summary>Admins only.</summary>
    Admin,
    /// <summary>The author of the comment (the owner wrote the one in the route).</summary>
    Author,
    /// <summary>The account that began the upload (the owner began the one in the call).</summary>
    UploadOwner,
    /// <summary>Review scope on the clip (<c>ReviewAccess</c>): owner and Admins hold Manage, grants and guest links their scope.</summary>
    Review,
}

/// <summary>The expected rule of one endpoint or hub method.</summary>
public sealed record AccessRule(Access Access, ReviewScope Scope = ReviewScope.None)
{
    public static readonly AccessRule Public = new(Access.Public);
    public static readonly AccessRule LoopbackOrAdmin = new(Access.LoopbackOrAdmin);
    public static readonly AccessRule SignedIn = new(Access.SignedIn);
    public static readonly AccessRule OwnerOrAdmin = new(Access.OwnerOrAdmin);
    public static readonly AccessRule Admin = new(Access.Admin);
    public static readonly AccessRule Author = new(Access.Author);
    public static readonly AccessRule UploadOwner = new(Access.UploadOwner);

    public static AccessRule ReviewAt(ReviewScope scope) => new(Access.Review, scope);

    /// <summary>Whether <paramref name="principal"/> (a name of <see cref="AuthzWorld.Principals"/>) may make the call on the owner's clip.</summary>
    public bool Allows(string principal) => Access switch
    {
        Access.Public or Access.LoopbackOrAdmin => true,
        Access.SignedIn => principal is "other" or "owner" or "admin" or "reviewer",
        Access.OwnerOrAdmin => principal is "owner" or "admin",
        Access.Admin => principal == "admin",
        Access.Author or Access.UploadOwner => principal == "owner",
        Access.Review => ScopeOnOwnersClip(principal) >= Scope,
        _ => throw new ArgumentOutOfRangeException(nameof(principal)),
    };

    /// <summary>The principal whose answer tells a missing resource from a refusal: the owner, or the Admin for Admin-only calls.</summary>
    public string Reference => Access == Access.Admin ? "admin" : "owner";

    public override string ToString() => Access == Access.Review ? $"review ≥ {ReviewAccessName(Scope)}" : Access switch
    {
        Access.Public => "public",
        Access.LoopbackOrAdmin => "loopback or admin",
        Access.SignedIn => "signed-in",
        Access.OwnerOrAdmin => "owner or admin",
        Access.Admin => "admin",
        Access.Author => "author",
        Access.UploadOwner => "upload owner",
        _ => Access.ToString(),
    };

    private static string ReviewAccessName(ReviewScope scope) => scope == ReviewScope.Manage ? "manage" : scope.ToString().ToLowerInvariant();

    /// <summary>Each principal's review scope on the owner's clip (the guest of the other clip has none here).</summary>
    private static ReviewScope ScopeOnOwnersClip(string principal) => principal switch
    {
        "owner" or "admin" => ReviewScope.Manage,
        "reviewer" or "guest-comment" => ReviewScope.Comment,
        "guest-view" => ReviewScope.View,
        "guest-edit" => ReviewScope.Edit,
        _ => ReviewScope.None,
    };
}
