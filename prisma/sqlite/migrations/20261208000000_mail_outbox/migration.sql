-- CreateTable
CREATE TABLE "MailOutbox" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "sealed" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "dueAt" BIGINT NOT NULL,
    "leaseUntil" BIGINT NOT NULL DEFAULT 0,
    "createdAt" BIGINT NOT NULL
);

-- CreateIndex
CREATE INDEX "MailOutbox_dueAt_idx" ON "MailOutbox"("dueAt");
