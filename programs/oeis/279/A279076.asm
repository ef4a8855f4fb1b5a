; A279076: Maximum starting value of X such that repeated replacement of X with X-ceiling(X/6) requires n steps to reach 0.
; Formula: a(n) = b(n)+c(n)-5, b(n) = floor((b(n-1)+c(n-1))/5), c(n) = b(n-1)+c(n-1), b(0) = 5, c(0) = 0
; 0,1,2,3,4,5,7,9,11,14,17,21,26,32,39,47,57,69,83,100,121,146,176,212,255,307,369,443,532,639,767,921,1106,1328,1594,1913,2296,2756,3308,3970,4765,5719,6863,8236,9884,11861,14234,17081,20498,24598,29518,35422

mov $1,$0
mov $0,5
lpb $1
  sub $1,1
  add $0,$2
  mov $2,$0
  div $0,5
lpe
add $0,$2
sub $0,5
