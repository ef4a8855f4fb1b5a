; A181367: Number of 2-compositions of n containing at least one 0 entry. A 2-composition of n is a nonnegative matrix with two rows, such that each column has at least one nonzero entry and whose entries sum up to n.
; Formula: a(n) = truncate((b(max(n-1,0))-7)/4)+2, b(n) = 4*(b(n-1)+c(n-1)), c(n) = c(n-1)+d(n-1)-2, d(n) = d(n-1)-(b(n-1)+c(n-1)), b(0) = 6, c(0) = 0, d(0) = 0
; 2,6,22,78,272,940,3232,11080,37920,129648,443008,1513248,5168000,17647552,60258304,205746304,702484992,2398480128,8189016064,27959235072,95459170304,325918735360,1112757649408,3799195224064

#offset 1

sub $0,1
mov $1,$0
mov $0,6
lpb $1
  add $0,$2
  sub $1,1
  add $2,$3
  sub $2,2
  sub $3,$0
  mul $0,4
lpe
sub $0,7
div $0,4
add $0,2
