; A080530: Number of nucleons in longest known radioactive decay series ending with Lead 207 ("actinium series"), reversed.
; Formula: a(n) = 4*floor((n+13)*(n+13)/55)+195
; 207,207,211,211,215,215,219,223,227,227,231,235,239,243,247,251,255,259,263,267,271

add $0,13
mul $0,$0
div $0,55
mul $0,4
add $0,195
