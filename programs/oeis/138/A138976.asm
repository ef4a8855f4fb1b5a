; A138976: The discriminant of the characteristic polynomial of the O+ and O- submatrix for spin 3 of the nuclear electric quadrupole Hamiltonian is a perfect square for these values.
; Formula: a(n) = e(n), b(n) = b(n-1)-d(n-1)-d(n-1)-d(n-1)-(d(n-1)-e(n-1)+(b(n-1)-d(n-1)-d(n-1)-d(n-1))-(e(n-1)-3)), c(n) = c(n-1)+(b(n-1)-d(n-1)-d(n-1)-d(n-1)), d(n) = d(n-1)-e(n-1)+(b(n-1)-d(n-1)-d(n-1)-d(n-1))-(e(n-1)-3), e(n) = e(n-1)-3+(c(n-1)+(b(n-1)-d(n-1)-d(n-1)-d(n-1))), b(0) = 0, c(0) = 0, d(0) = 0, e(0) = 0
; 0,-3,-18,-45,-192,-459,-1914,-4557,-18960,-45123,-187698,-446685,-1858032,-4421739,-18392634,-43770717,-182068320,-433285443,-1802290578,-4289083725,-17840837472,-42457551819,-176606084154,-420286434477,-1748220004080,-4160406792963

mov $1,$0
mov $0,0
lpb $1
  sub $0,$2
  sub $0,$2
  sub $0,$2
  add $3,$0
  sub $2,$4
  add $2,$0
  sub $4,3
  sub $2,$4
  add $4,$3
  sub $1,1
  sub $0,$2
lpe
mov $0,$4
