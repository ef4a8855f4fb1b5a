; A046231: Numbers whose cube is palindromic in base 4.
; 0,1,5,17,65,257,1025,4097,16385,65537,262145,1048577,4194305,16777217,67108865,268435457,1073741825,4294967297

#offset 1

sub $0,1
sub $0,1
add $0,$0
mov $1,$0
pow $0,$3
lpb $1
  sub $1,1
  mov $3,$0
  mul $3,8
  add $0,$0
lpe
mov $0,$3
add $0,1
div $0,2
add $0,$1
sub $0,-1
mul $0,48
sub $0,-48
div $0,96
