; A037493: Base 8 digits are, in order, the first n terms of the periodic sequence with initial period 2,1.
; 2,17,138,1105,8842,70737,565898,4527185,36217482,289739857,2317918858,18543350865,148346806922,1186774455377,9494195643018,75953565144145,607628521153162,4861028169225297

#offset 1

sub $0,1
add $0,1
sub $0,1
sub $0,1
sub $0,1
sub $2,1
add $0,3
mov $1,$0
lpb $1
  mul $4,8
  sub $1,1
  add $2,5
  gcd $2,10
  add $4,$2
lpe
mov $0,$4
