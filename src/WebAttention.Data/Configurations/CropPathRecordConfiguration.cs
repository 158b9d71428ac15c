using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Configurations;

internal sealed class CropPathRecordConfiguration : IEntityTypeConfiguration<CropPathRecord>
{
    public void Configure(EntityTypeBuilder<CropPathRecord> builder)
    {
        builder.ToTable("CropPaths");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Aspect).HasMaxLength(16);
        builder.Property(p => p.Preset).HasMaxLength(16);
        builder.Property(p => p.JsonFile).HasMaxLength(260);
        builder.Property(p => p.CreatedBy).HasMaxLength(64);
        // The unique revision number is what makes a stale concurrent edit fail instead of overwriting.
        builder.HasIndex(p => new { p.ClipId, p.Aspect, p.Revision }).IsUnique();
        builder.HasIndex(p => p.JobId);
        builder.HasOne<Clip>().WithMany().HasForeignKey(p => p.ClipId).OnDelete(DeleteBehavior.Cascade);
    }
}
