; A136331: The discriminant of the characteristic polynomial of the O+ and O- submatrix for spin 3 of the nuclear electric quadrupole Hamiltonian is a perfect square for these values.
; Formula: a(n) = 3*(truncate(A138976(max(n-1,0))/-3)+1-(n==0))
; 0,3,6,21,48,195,462,1917,4560,18963,45126,187701,446688,1858035,4421742,18392637,43770720,182068323,433285446,1802290581,4289083728,17840837475,42457551822,176606084157,420286434480,1748220004083

mov $1,$0
sub $0,1
max $0,0
seq $0,138976
div $0,-3
add $0,1
equ $1,0
mul $1,-1
add $0,$1
mul $0,3
