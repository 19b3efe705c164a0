using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChainChief.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LandContracts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LandContracts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    ContractNo = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    SignedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    LandAreaMu = table.Column<double>(type: "REAL", nullable: false),
                    InvestmentIntensity = table.Column<double>(type: "REAL", nullable: false),
                    FloorAreaRatio = table.Column<double>(type: "REAL", nullable: false),
                    TaxPerMu = table.Column<double>(type: "REAL", nullable: false),
                    OutputPerMu = table.Column<double>(type: "REAL", nullable: false),
                    EnergyPerOutput = table.Column<double>(type: "REAL", nullable: true),
                    EmissionsPerOutput = table.Column<double>(type: "REAL", nullable: true),
                    RdIntensity = table.Column<double>(type: "REAL", nullable: true),
                    StartBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompleteBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    FullProductionBy = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Tolerance = table.Column<double>(type: "REAL", nullable: false),
                    InvestmentPenaltyRate = table.Column<double>(type: "REAL", nullable: false),
                    TaxPenaltyRate = table.Column<double>(type: "REAL", nullable: false),
                    PenaltyCap = table.Column<double>(type: "REAL", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LandContracts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LandContracts_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContractChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InvestmentIntensity = table.Column<double>(type: "REAL", nullable: true),
                    FloorAreaRatio = table.Column<double>(type: "REAL", nullable: true),
                    TaxPerMu = table.Column<double>(type: "REAL", nullable: true),
                    OutputPerMu = table.Column<double>(type: "REAL", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    PeriodFrom = table.Column<int>(type: "INTEGER", nullable: true),
                    PeriodTo = table.Column<int>(type: "INTEGER", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Penalty = table.Column<double>(type: "REAL", nullable: false),
                    PenaltyCapped = table.Column<bool>(type: "INTEGER", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContractChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContractChecks_LandContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "LandContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BreachCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ContractId = table.Column<int>(type: "INTEGER", nullable: false),
                    CheckId = table.Column<int>(type: "INTEGER", nullable: false),
                    CountyCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Penalty = table.Column<double>(type: "REAL", nullable: false),
                    Shortfalls = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BreachCases_ContractChecks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "ContractChecks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_BreachCases_LandContracts_ContractId",
                        column: x => x.ContractId,
                        principalTable: "LandContracts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BreachEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BreachCaseId = table.Column<int>(type: "INTEGER", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BreachEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_BreachEvents_BreachCases_BreachCaseId",
                        column: x => x.BreachCaseId,
                        principalTable: "BreachCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BreachCases_CheckId",
                table: "BreachCases",
                column: "CheckId");

            migrationBuilder.CreateIndex(
                name: "IX_BreachCases_ContractId",
                table: "BreachCases",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_BreachCases_CountyCode",
                table: "BreachCases",
                column: "CountyCode");

            migrationBuilder.CreateIndex(
                name: "IX_BreachEvents_BreachCaseId",
                table: "BreachEvents",
                column: "BreachCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_ContractChecks_ContractId",
                table: "ContractChecks",
                column: "ContractId");

            migrationBuilder.CreateIndex(
                name: "IX_LandContracts_ProjectId",
                table: "LandContracts",
                column: "ProjectId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BreachEvents");

            migrationBuilder.DropTable(
                name: "BreachCases");

            migrationBuilder.DropTable(
                name: "ContractChecks");

            migrationBuilder.DropTable(
                name: "LandContracts");
        }
    }
}
