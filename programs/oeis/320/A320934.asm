; A320934: Number of chiral pairs of color patterns (set partitions) for a row of length n using 4 or fewer colors (subsets).
; 0,0,1,4,20,80,336,1344,5440,21760,87296,349184,1397760,5591040,22368256,89473024,357908480,1431633920,5726601216,22906404864,91625881600,366503526400,1466015154176,5864060616704,23456246661120,93824986644480,375299963355136,1501199853420544,6004799480791040

#offset 1

sub $0,1
sub $0,1
sub $0,1
add $0,3
mov $1,$0
lpb $1
  sub $1,1
  lpb $0
    sub $0,1
    add $2,$3
    add $3,$3
    add $3,6
    sub $2,$3
    dif $2,-1
  lpe
  mul $2,2
lpe
mov $0,$2
sub $0,$3
div $0,4
div $0,24
