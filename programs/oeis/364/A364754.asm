; A364754: Smallest nonnegative integer not expressible by the addition and subtraction of fewer than n Lucas numbers.
; 0,1,5,23,99,421,1785,7563,32039,135721,574925,2435423,10316619,43701901,185124225,784198803,3321919439,14071876561,59609425685,252509579303,1069647742899,4531100550901,19194049946505,81307300336923,344423251294199,1459000305513721,6180424473349085

mov $4,$0
sub $0,1
min $3,-3
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $2,4
add $2,3
add $0,3
sub $0,1
mov $1,$0
mul $1,3
lpb $1
  sub $1,1
  add $3,$2
  sub $2,$3
  dif $2,-1
lpe
mov $0,$3
sub $0,-3
mul $0,-1
add $0,1
sub $0,3
div $0,2
add $0,2
mov $5,$4
equ $5,0
mul $5,-1
add $0,$5
