; A364754: Smallest nonnegative integer not expressible by the addition and subtraction of fewer than n Lucas numbers.
; 0,1,5,23,99,421,1785,7563,32039,135721,574925,2435423,10316619,43701901,185124225,784198803,3321919439,14071876561,59609425685,252509579303,1069647742899,4531100550901,19194049946505,81307300336923,344423251294199,1459000305513721,6180424473349085

sub $0,1
sub $0,1
add $0,$0
add $0,1
add $0,2
mul $0,3
lpb $0
  add $2,3
  add $2,2
  sub $0,1
  sub $0,1
  sub $2,2
  add $2,-1
  sub $3,$2
  div $2,2
  sub $3,$1
  sub $2,$1
  sub $2,$1
  add $2,$3
  add $1,$3
lpe
mov $0,$1
div $0,-2
