using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WebAttention.Data.Entities;

namespace WebAttention.Data.Configurations;

internal sealed class UploadConfiguration : IEntityTypeConfiguration<Upload>
{
    public void Configure(EntityTypeBuilder<Upload> builder)
    {
        builder.HasKey(u => u.Id);
        builder.Property(u => u.OwnerId).HasMaxLength(64);
        builder.Property(u => u.FileName).HasMaxLength(256);
        builder.HasIndex(u => u.OwnerId);
    }
}
