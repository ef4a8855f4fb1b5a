; A383116: Permissible phase values, in degrees, associated with restricted Fourier amplitudes obtained via Fourier transform of a three-dimensional crystal lattice.
; 0,30,45,60,90,120,135,150,180,210,225,240,270,300,315,330

#offset 1

sub $0,1
sub $0,1
sub $0,1
sub $0,1
add $0,1
sub $0,1
add $0,6
sub $0,1
lpb $0
  sub $3,$2
  sub $0,1
  add $2,$3
  add $3,$1
  sub $1,4
  sub $3,$1
  sub $1,$2
  sub $3,$1
  sub $3,$2
  add $3,$1
lpe
mov $0,$1
sub $0,-12
sub $0,-12
div $0,-4
sub $0,-3
mul $0,15
