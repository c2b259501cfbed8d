-- AlterTable
ALTER TABLE "Otp" ADD COLUMN "registrationKeyHash" TEXT;
