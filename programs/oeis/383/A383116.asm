; A383116: Permissible phase values, in degrees, associated with restricted Fourier amplitudes obtained via Fourier transform of a three-dimensional crystal lattice.
; Formula: a(n) = 15*truncate((18*A001068(n-1)+14)/15)
; 0,30,45,60,90,120,135,150,180,210,225,240,270,300,315,330

#offset 1

sub $0,1
seq $0,1068
mul $0,18
add $0,14
div $0,15
mul $0,15
