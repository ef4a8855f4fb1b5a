; A091799: a(1) = 3. To get a(n+1), write the string a(1)a(2)...a(n) as xy^k for words x and y (where y has positive length) and k is maximized, i.e., k = the maximal number of repeating blocks at the end of the sequence so far. Then a(n+1) = max(k,3).
; 3,3,3,3,4,3,3,3,3,4,3,3,3,3,4,3,3,3,3,4,4,3,3,3,3,4,3,3,3,3,4,3,3,3,3,4,3,3,3,3,4,4,3,3,3,3,4,3,3,3,3,4,3,3,3,3,4,3,3,3,3,4,4,3,3,3,3,4,3,3,3,3,4,3,3,3,3,4,3,3

#offset 1

lpb $0
  max $0,2
  mov $1,1
  lpb $0
    sub $0,$1
    mul $1,4
  lpe
lpe
mul $0,-1
add $0,4
