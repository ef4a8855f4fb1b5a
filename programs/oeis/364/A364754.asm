; A364754: Smallest nonnegative integer not expressible by the addition and subtraction of fewer than n Lucas numbers.
; Formula: a(n) = floor((d(n)+c(n))/4), b(n) = 4*(b(n-1)+c(n-1)), c(n) = d(n-1), d(n) = b(n-1)+c(n-1), b(0) = 4, c(0) = 0, d(0) = 2
; 0,1,5,23,99,421,1785,7563,32039,135721,574925,2435423,10316619,43701901,185124225,784198803,3321919439,14071876561,59609425685,252509579303,1069647742899,4531100550901,19194049946505,81307300336923,344423251294199,1459000305513721,6180424473349085

mov $1,4
mov $2,2
lpb $0
  add $1,$3
  mov $3,$2
  sub $0,1
  mov $2,$1
  mul $1,4
lpe
mov $0,$2
add $0,$3
div $0,4
