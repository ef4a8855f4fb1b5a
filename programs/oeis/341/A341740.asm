; A341740: a(n) is the maximum value of the magic constant in a normal magic triangle of order n.
; 12,23,37,54,74,97,123,152,184,219,257,298,342,389,439,492,548,607,669,734,802,873,947,1024,1104,1187,1273,1362,1454,1549,1647,1748,1852,1959,2069,2182,2298,2417,2539,2664,2792,2923,3057,3194,3334,3477,3623,3772,3924

#offset 3

sub $0,3
add $0,2
sub $0,-1
add $0,1
mov $2,$0
sub $2,1
lpb $2
  sub $2,1
  add $3,$0
  add $3,$2
lpe
mov $0,$3
mul $0,5
sub $0,15
div $0,5
mul $0,2
add $0,1
sub $0,19
div $0,2
sub $0,3
add $0,12
