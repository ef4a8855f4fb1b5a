; A033811: Convolution of natural numbers n >= 1 with Lucas numbers L(k)(A000032) for k >= 2.
; 3,10,24,49,92,164,283,478,796,1313,2152,3512,5715,9282,15056,24401,39524,63996,103595,167670,271348,439105,710544,1149744,1860387,3010234,4870728,7881073,12751916,20633108

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $2,1
add $0,5
pow $3,$3
sub $0,1
lpb $0
  sub $3,$2
  sub $0,1
  add $2,$3
  add $1,$2
  sub $1,4
  mul $1,-1
  sub $1,$2
  sub $3,$1
lpe
mov $0,$2
sub $0,-2
div $0,-1
add $0,3
