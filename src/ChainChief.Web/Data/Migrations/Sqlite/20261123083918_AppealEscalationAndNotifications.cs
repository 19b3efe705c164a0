using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace ChainChief.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AppealEscalationAndNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AppealEscalations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Due = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FiredAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DepartmentId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealEscalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AppealEscalations_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AppealSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    ConsultationDays = table.Column<int>(type: "INTEGER", nullable: false),
                    GeneralDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ComplexDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MajorDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ReminderAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    SupervisionAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    LeaderSupervisionAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    NoticeAfter = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AppealSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationRules",
                columns: table => new
                {
                    Topic = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Audience = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationRules", x => new { x.Topic, x.Audience });
                });

            migrationBuilder.CreateTable(
                name: "Notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notifications_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AppealSettings",
                columns: new[] { "Id", "ComplexDays", "ConsultationDays", "GeneralDays", "LeaderSupervisionAfter", "MajorDays", "NoticeAfter", "ReminderAfter", "SupervisionAfter", "Version" },
                values: new object[] { 1, 15, 1, 3, 3, 30, 5, 0, 1, 0 });

            migrationBuilder.InsertData(
                table: "NotificationRules",
                columns: new[] { "Audience", "Topic" },
                values: new object[,]
                {
                    { "Firm", "AppealAccepted" },
                    { "Firm", "AppealAssigned" },
                    { "Handler", "AppealAssigned" },
                    { "Firm", "AppealClosed" },
                    { "Handler", "AppealClosed" },
                    { "County", "AppealFiled" },
                    { "Office", "AppealFiled" },
                    { "Chief", "AppealLeaderSupervision" },
                    { "Handler", "AppealLeaderSupervision" },
                    { "Office", "AppealLeaderSupervision" },
                    { "Chief", "AppealNotice" },
                    { "County", "AppealNotice" },
                    { "Handler", "AppealNotice" },
                    { "Office", "AppealNotice" },
                    { "Handler", "AppealRatedSatisfied" },
                    { "Handler", "AppealReminder" },
                    { "Handler", "AppealReopened" },
                    { "Office", "AppealReopened" },
                    { "Firm", "AppealReplied" },
                    { "Office", "AppealReplied" },
                    { "Office", "AppealReturned" },
                    { "Firm", "AppealSignedIn" },
                    { "Handler", "AppealSupervision" },
                    { "Office", "AppealSupervision" },
                    { "Firm", "AppealTransferred" },
                    { "Handler", "AppealTransferred" },
                    { "Handler", "ExtensionApproved" },
                    { "Handler", "ExtensionRefused" },
                    { "Office", "ExtensionRequested" },
                    { "Firm", "WithdrawalApproved" },
                    { "Handler", "WithdrawalApproved" },
                    { "Firm", "WithdrawalRefused" },
                    { "Office", "WithdrawalRequested" }
                });

            migrationBuilder.CreateIndex(
                name: "IX_AppealEscalations_AppealId_Due_Level",
                table: "AppealEscalations",
                columns: new[] { "AppealId", "Due", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AppealEscalations_FiredAt",
                table: "AppealEscalations",
                column: "FiredAt");

            migrationBuilder.CreateIndex(
                name: "IX_Notifications_UserId_ReadAt_CreatedAt",
                table: "Notifications",
                columns: new[] { "UserId", "ReadAt", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AppealEscalations");

            migrationBuilder.DropTable(
                name: "AppealSettings");

            migrationBuilder.DropTable(
                name: "NotificationRules");

            migrationBuilder.DropTable(
                name: "Notifications");
        }
    }
}
