; A037674: Base-4 digits are, in order, the first n terms of the periodic sequence with initial period 1,0,2,3.
; 1,4,18,75,301,1204,4818,19275,77101,308404,1233618,4934475,19737901,78951604,315806418,1263225675,5052902701,20211610804,80846443218,323385772875,1293543091501,5174172366004,20696689464018,82786757856075

#offset 1

sub $0,1
sub $0,1
add $0,3
mov $3,10
mov $1,$0
lpb $1
  sub $1,1
  mov $2,$3
  add $2,$2
  mul $3,4
lpe
mov $0,$2
sub $0,-80
div $0,-2
add $0,40
sub $0,39
div $0,34
add $0,1
sub $0,-1
div $0,-1
add $0,1
