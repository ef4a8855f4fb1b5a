; A037584: Base 5 digits are, in order, the first n terms of the periodic sequence with initial period 3,1.
; 3,16,83,416,2083,10416,52083,260416,1302083,6510416,32552083,162760416,813802083,4069010416,20345052083,101725260416,508626302083,2543131510416,12715657552083,63578287760416,317891438802083

#offset 1

sub $0,1
sub $0,1
add $0,3
add $1,1
lpb $0
  sub $0,1
  lpb $1
    sub $1,1
    add $2,2
  lpe
  mul $2,5
lpe
mov $0,$2
sub $0,15
div $0,15
add $0,1
