using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace WebAttention.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class HangfireJobRecord : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LeaseExpiresAt",
                table: "Jobs");

            migrationBuilder.RenameColumn(
                name: "LeaseOwner",
                table: "Jobs",
                newName: "Worker");

            migrationBuilder.AddColumn<string>(
                name: "EngineJobId",
                table: "Jobs",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ErrorDetail",
                table: "Jobs",
                type: "character varying(16000)",
                maxLength: 16000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Log",
                table: "Jobs",
                type: "character varying(16000)",
                maxLength: 16000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_CreatedAt",
                table: "Jobs",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_EngineJobId",
                table: "Jobs",
                column: "EngineJobId");

            migrationBuilder.CreateIndex(
                name: "IX_Jobs_Kind_CreatedAt",
                table: "Jobs",
                columns: new[] { "Kind", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Jobs_CreatedAt",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_EngineJobId",
                table: "Jobs");

            migrationBuilder.DropIndex(
                name: "IX_Jobs_Kind_CreatedAt",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "EngineJobId",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "ErrorDetail",
                table: "Jobs");

            migrationBuilder.DropColumn(
                name: "Log",
                table: "Jobs");

            migrationBuilder.RenameColumn(
                name: "Worker",
                table: "Jobs",
                newName: "LeaseOwner");

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseExpiresAt",
                table: "Jobs",
                type: "timestamp with time zone",
                nullable: true);
        }
    }
}
