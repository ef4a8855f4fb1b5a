; A138976: The discriminant of the characteristic polynomial of the O+ and O- submatrix for spin 3 of the nuclear electric quadrupole Hamiltonian is a perfect square for these values.
; 0,-3,-18,-45,-192,-459,-1914,-4557,-18960,-45123,-187698,-446685,-1858032,-4421739,-18392634,-43770717,-182068320,-433285443,-1802290578,-4289083725,-17840837472,-42457551819,-176606084154,-420286434477,-1748220004080,-4160406792963

sub $0,1
sub $2,1
add $0,1
add $0,$0
lpb $0
  sub $3,1
  add $2,$4
  add $2,$4
  add $1,$3
  add $2,2
  add $2,$3
  sub $0,1
  sub $0,1
  sub $4,$1
  sub $3,$2
  sub $4,$1
  sub $2,$1
  sub $3,$1
  add $2,$3
  add $2,$1
  add $1,$3
lpe
mov $0,$1
mul $0,3
