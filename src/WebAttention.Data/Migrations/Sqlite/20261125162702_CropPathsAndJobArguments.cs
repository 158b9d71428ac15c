using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WebAttention.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CropPathsAndJobArguments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Aspect",
                table: "Jobs",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Payload",
                table: "Jobs",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CropPaths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClipId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Aspect = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Preset = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    JsonFile = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    ManualKeyframes = table.Column<int>(type: "INTEGER", nullable: false),
                    Padded = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    JobId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CropPaths", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CropPaths_Clips_ClipId",
                        column: x => x.ClipId,
                        principalTable: "Clips",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CropPaths_ClipId_Aspect_Revision",
                table: "CropPaths",
                columns: new[] { "ClipId", "Aspect", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CropPaths_JobId",
                table: "CropPaths",
                column: "JobId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CropPaths");

            migrationBuilder.DropColumn(
                name: "Aspect",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "Payload",
                table: "Jobs");
        }
    }
}
