; A214813: Maximal contact number of a subset of n balls from the face-centered cubic lattice.
; Formula: a(n) = A296515(n)
; 0,1,3,6,9,12,15,18,21

#offset 1

seq $0,296515
