; A068018: Number of fixed points in all 132- and 213-avoiding permutations of {1,2,...,n} (these are permutations with runs consisting of consecutive integers).
; Formula: a(n) = truncate(c(n)/2), b(n) = -2*(b(n-1)+2)+d(n-1)+2, c(n) = c(n-1)+(b(n-1)+2), d(n) = 2*d(n-1), b(0) = 0, c(0) = 0, d(0) = 2
; 0,1,2,4,6,12,18,40,62,148,234,576,918,2284,3650,9112,14574,36420,58266,145648,233030,582556,932082,2330184,3728286,9320692,14913098,37282720,59652342,149130828,238609314,596523256,954437198,2386092964,3817748730,9544371792

mov $1,2
lpb $0
  add $2,2
  add $3,$2
  mul $2,-2
  sub $0,1
  add $2,$1
  mul $1,2
  add $2,2
lpe
mov $0,$3
div $0,2
