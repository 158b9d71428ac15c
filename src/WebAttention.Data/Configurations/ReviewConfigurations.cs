using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Configurations;

internal sealed class ShareLinkConfiguration : IEntityTypeConfiguration<ShareLink>
{
    public void Configure(EntityTypeBuilder<ShareLink> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.Property(l => l.Label).HasMaxLength(200);
        builder.Property(l => l.PasswordHash).HasMaxLength(200);
        builder.Property(l => l.CreatedBy).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.ClipId);
        builder.HasOne<Clip>().WithMany().HasForeignKey(l => l.ClipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewGrantConfiguration : IEntityTypeConfiguration<ReviewGrant>
{
    public void Configure(EntityTypeBuilder<ReviewGrant> builder)
    {
        builder.HasKey(g => g.Id);
        builder.Property(g => g.UserId).HasMaxLength(64);
        builder.HasIndex(g => new { g.UserId, g.ShareLinkId }).IsUnique();
        builder.HasIndex(g => g.ClipId);
        builder.HasOne<Clip>().WithMany().HasForeignKey(g => g.ClipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ShareLink>().WithMany().HasForeignKey(g => g.ShareLinkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(g => g.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewCommentConfiguration : IEntityTypeConfiguration<ReviewComment>
{
    public void Configure(EntityTypeBuilder<ReviewComment> builder)
    {
        builder.ToTable("ReviewComments");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Aspect).HasMaxLength(16);
        builder.Property(c => c.Body).HasMaxLength(ReviewComment.MaxBodyLength);
        builder.Property(c => c.AuthorKey).HasMaxLength(80);
        builder.Property(c => c.AuthorName).HasMaxLength(80);
        builder.Property(c => c.ResolvedBy).HasMaxLength(80);
        builder.HasIndex(c => new { c.ClipId, c.FirstFrame });
        builder.HasOne<Clip>().WithMany().HasForeignKey(c => c.ClipId).OnDelete(DeleteBehavior.Cascade);
        // Replies stay when a parent is soft-deleted; a hard delete of the clip removes all through the clip.
        builder.HasOne<ReviewComment>().WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ApprovalConfiguration : IEntityTypeConfiguration<Approval>
{
    public void Configure(EntityTypeBuilder<Approval> builder)
    {
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Aspect).HasMaxLength(16);
        builder.Property(a => a.Comment).HasMaxLength(Approval.MaxCommentLength);
        builder.Property(a => a.ActorKey).HasMaxLength(80);
        builder.Property(a => a.ActorName).HasMaxLength(80);
        builder.HasIndex(a => new { a.ClipId, a.Aspect, a.Revision });
        builder.HasOne<Clip>().WithMany().HasForeignKey(a => a.ClipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CropPathRecord>().WithMany().HasForeignKey(a => a.CropPathId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Actor).HasMaxLength(80);
        builder.Property(e => e.ActorName).HasMaxLength(80);
        builder.Property(e => e.Kind).HasMaxLength(32);
        builder.Property(e => e.Detail).HasMaxLength(AuditEvent.MaxDetailLength);
        builder.HasIndex(e => new { e.ClipId, e.At });
        builder.HasOne<Clip>().WithMany().HasForeignKey(e => e.ClipId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReviewSessionConfiguration : IEntityTypeConfiguration<ReviewSession>
{
    public void Configure(EntityTypeBuilder<ReviewSession> builder)
    {
        builder.ToTable("ReviewSessions");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.ActorKey).HasMaxLength(80);
        builder.Property(s => s.DisplayName).HasMaxLength(80);
        builder.Property(s => s.UserId).HasMaxLength(64);
        builder.HasIndex(s => new { s.ClipId, s.JoinedAt });
        builder.HasOne<Clip>().WithMany().HasForeignKey(s => s.ClipId).OnDelete(DeleteBehavior.Cascade);
    }
}
