using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChainChief.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceVisitsAndScorecards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "VisitDaysAboveScale",
                table: "AppealSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitDaysChainOwner",
                table: "AppealSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "VisitDaysOther",
                table: "AppealSettings",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "LiaisonAssignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AssignedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LiaisonAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LiaisonAssignments_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LiaisonAssignments_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Visits",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EnterpriseId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    VisitorId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    VisitorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VisitedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Expansion = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ExpansionNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    LeavingRisk = table.Column<int>(type: "INTEGER", nullable: false),
                    ShrinkingRisk = table.Column<int>(type: "INTEGER", nullable: false),
                    RiskNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Visits", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Visits_Enterprises_EnterpriseId",
                        column: x => x.EnterpriseId,
                        principalTable: "Enterprises",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VisitProblems",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    VisitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AppealId = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VisitProblems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VisitProblems_Appeals_AppealId",
                        column: x => x.AppealId,
                        principalTable: "Appeals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_VisitProblems_Visits_VisitId",
                        column: x => x.VisitId,
                        principalTable: "Visits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.UpdateData(
                table: "AppealSettings",
                keyColumn: "Id",
                keyValue: 1,
                columns: new[] { "VisitDaysAboveScale", "VisitDaysChainOwner", "VisitDaysOther" },
                values: new object[] { 90, 30, 180 });

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonAssignments_EnterpriseId_UserId",
                table: "LiaisonAssignments",
                columns: new[] { "EnterpriseId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LiaisonAssignments_UserId",
                table: "LiaisonAssignments",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitProblems_AppealId",
                table: "VisitProblems",
                column: "AppealId");

            migrationBuilder.CreateIndex(
                name: "IX_VisitProblems_VisitId",
                table: "VisitProblems",
                column: "VisitId");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_CountyCode",
                table: "Visits",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_Visits_EnterpriseId_VisitedOn",
                table: "Visits",
                columns: new[] { "EnterpriseId", "VisitedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LiaisonAssignments");

            migrationBuilder.DropTable(
                name: "VisitProblems");

            migrationBuilder.DropTable(
                name: "Visits");

            migrationBuilder.DropColumn(
                name: "VisitDaysAboveScale",
                table: "AppealSettings");

            migrationBuilder.DropColumn(
                name: "VisitDaysChainOwner",
                table: "AppealSettings");

            migrationBuilder.DropColumn(
                name: "VisitDaysOther",
                table: "AppealSettings");
        }
    }
}
