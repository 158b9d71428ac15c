using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Configurations;

internal sealed class JobConfiguration : IEntityTypeConfiguration<Job>
{
    public void Configure(EntityTypeBuilder<Job> builder)
    {
        builder.HasKey(j => j.Id);
        builder.Property(j => j.Kind).HasMaxLength(32);
        builder.Property(j => j.Queue).HasMaxLength(32);
        builder.Property(j => j.EngineJobId).HasMaxLength(64);
        builder.Property(j => j.Worker).HasMaxLength(128);
        builder.Property(j => j.ErrorDetail).HasMaxLength(Job.MaxDetailLength);
        builder.Property(j => j.Log).HasMaxLength(Job.MaxDetailLength);
        builder.Property(j => j.Stage).HasMaxLength(32);
        builder.Property(j => j.Device).HasMaxLength(64);
        builder.Property(j => j.Error).HasMaxLength(Job.MaxErrorLength);
        builder.Property(j => j.Aspect).HasMaxLength(16);
        builder.Property(j => j.Payload).HasMaxLength(4000);
        // The dashboard lists jobs newest first, filtered by state, kind or clip (10,000s of rows).
        builder.HasIndex(j => new { j.State, j.CreatedAt });
        builder.HasIndex(j => new { j.Kind, j.CreatedAt });
        builder.HasIndex(j => j.CreatedAt);
        builder.HasIndex(j => j.ClipId);
        builder.HasIndex(j => j.EngineJobId);
    }
}
