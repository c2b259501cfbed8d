-- CreateIndex
CREATE INDEX "User_disabled_idx" ON "User"("disabled");

-- CreateIndex
CREATE INDEX "User_emailVerified_idx" ON "User"("emailVerified");

