; A050686: Number of palindromes of length n and containing the digit 1 (or any other fixed nonzero digit).
; Formula: a(n) = b(max(truncate((n-1)/2),0)), b(n) = 9*(b(n-1)+c(n-1)), c(n) = 10*c(n-1), b(0) = 1, c(0) = 1
; 1,1,18,18,252,252,3168,3168,37512,37512,427608,427608,4748472,4748472,51736248,51736248,555626232,555626232,5900636088,5900636088,62105724792,62105724792,648951523128,648951523128,6740563708152

#offset 1

sub $0,1
mov $1,1
mov $2,1
lpb $0
  add $1,$2
  sub $0,2
  mul $2,10
  mul $1,9
lpe
mov $0,$1
